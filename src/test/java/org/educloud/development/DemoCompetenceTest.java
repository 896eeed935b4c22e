package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.development.assessments.SelfAssessments;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.development.reports.CompetenceReport;
import org.educloud.development.reports.ComputingReports;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo shows the gap the issue is about: the city's rural teachers rate themselves behind its urban ones. */
@EduCloudTest
class DemoCompetenceTest {

    @Autowired
    ComputingReports reports;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    Frameworks frameworks;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    Clock clock;

    private Scope demo(String username) {
        return identity.scopeOf(identity.accountNamed(username).orElseThrow());
    }

    @Test
    void theCitysRuralTeachersStandBehindItsUrbanOnes() {
        Scope city = demo("city.admin");
        OrgNodeView bureau = tenancy.search(city, new OrgQuery("江州市教育局", null, null, null, null), 0, 1).items()
                .getFirst();
        CompetenceReport report = reports.report(city, bureau.id(), frameworks.national(), SchoolYear.current(clock));
        Map<Locality, CompetenceReport.GroupLine> byLocality = report.localities().stream()
                .collect(Collectors.toMap(CompetenceReport.GroupLine::locality, l -> l));
        assertThat(byLocality.get(Locality.URBAN).suppressed()).isFalse();
        assertThat(byLocality.get(Locality.RURAL).suppressed()).isFalse();
        assertThat(byLocality.get(Locality.RURAL).mean()).isLessThan(byLocality.get(Locality.URBAN).mean());
        assertThat(report.unassessed()).isNotEmpty();
        assertThat(report.dimensions()).allSatisfy(d -> assertThat(d.suppressed()).isFalse());
    }

    @Test
    void theDemoTeachersHaveAssessedThemselvesAndMayStillChangeIt() {
        var sheet = assessments.mine(demo("teacher.wang"), null, null);
        assertThat(sheet.assessment()).isNotNull();
        assertThat(sheet.editable()).isTrue();
        assertThat(assessments.mine(demo("teacher.li"), null, null).assessment()).isNotNull();
    }
}
