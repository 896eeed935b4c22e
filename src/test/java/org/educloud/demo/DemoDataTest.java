package org.educloud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.Task;
import org.educloud.learning.Tasks;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@EduCloudTest
class DemoDataTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    TenancyManagement tenancy;

    @Test
    void theDemoCityHasTwoDistrictsAndTwelveSchoolsAcrossUrbanTownAndRural() {
        Scope all = Scope.installation();
        var city = tenancy.search(all, new OrgQuery(DemoInstallation.CITY, OrgKind.REGION, null, null, null), 0, 1)
                .items().getFirst();
        var figures = tenancy.figures(all, city.id());
        assertThat(figures.districts()).isEqualTo(2);
        assertThat(figures.schools()).isEqualTo(12);
        assertThat(figures.schoolsIn(Locality.URBAN)).isPositive();
        assertThat(figures.schoolsIn(Locality.TOWN)).isPositive();
        assertThat(figures.schoolsIn(Locality.RURAL)).isPositive();
        assertThat(figures.teachingPoints()).isEqualTo(1);
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = tenancy.search(Scope.installation(), OrgQuery.all(), 0, 1).total();
        assertThat(loader.load()).isFalse();
        assertThat(tenancy.search(Scope.installation(), OrgQuery.all(), 0, 1).total()).isEqualTo(before);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Tasks tasks;

    @Test
    void theDemoStudentHasWorkInEachState() {
        long account = jdbc.sql("SELECT id FROM identity.account WHERE username = 'student.zhang'").query(Long.class)
                .single();
        Map<String, Task.State> states = tasks.of(identity.scopeOf(new UserId(account))).stream()
                .collect(Collectors.toMap(t -> t.assignment().title(), Task::state));
        assertThat(states).containsEntry("折纸找二分之一", Task.State.GRADED)
                .containsEntry("涂一涂：四分之三", Task.State.TO_DO)
                .containsEntry("周长分层练习（A 组）", Task.State.TO_DO);
    }
}
