package org.educloud.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The bureau sees mastery by knowledge point beside its equity figures, with groups under ten kept back. */
@EduCloudTest
class MasteryEquityTest {

    @Autowired
    IdentityManagement identity;
    @Autowired
    MasteryFigures figures;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    TenantFixture fixture;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private Scope demo(String username) {
        return identity.scopeOf(identity.accountNamed(username).orElseThrow());
    }

    private OrgPath city(Scope scope) {
        return tenancy.roots(scope).getFirst().path();
    }

    /** The demo quiz's answers reach mastery after their transactions commit: wait for them. */
    private List<MasteryGroup> ready(Scope admin) throws InterruptedException {
        List<MasteryGroup> groups = figures.byGroup(admin, city(admin), 10);
        for (int i = 0; i < 100 && groups.stream().noneMatch(g -> g.group() == StudentGroup.URBAN && !g.suppressed()); i++) {
            Thread.sleep(100);
            groups = figures.byGroup(admin, city(admin), 10);
        }
        return groups;
    }

    @Test
    void theUnitQuizShowsUrbanMasteryAndKeepsSmallGroupsBack() throws Exception {
        Scope admin = demo("city.admin");
        List<MasteryGroup> groups = ready(admin);
        assertThat(groups).filteredOn(g -> g.knowledgePoint().equals("几分之一") && g.group() == StudentGroup.URBAN)
                .singleElement().satisfies(g -> {
                    assertThat(g.suppressed()).isFalse();
                    assertThat(g.students()).isGreaterThanOrEqualTo(10);
                    assertThat(g.meanPercent()).isBetween(0.0, 100.0);
                });
        assertThat(groups).filteredOn(g -> g.group() == StudentGroup.RURAL)
                .allSatisfy(g -> assertThat(g.meanPercent()).as("no rural class took it: fewer than ten").isNull());
        assertThat(figures.byGroup(admin, city(admin), 10_000)).allSatisfy(g -> assertThat(g.suppressed()).isTrue());
    }

    @Test
    void eachGroupsMeanIsTheMeanOfItsEnrolledStudentsStoredMasteries() throws Exception {
        Scope admin = demo("city.admin");
        ready(admin);
        Map<String, Double> expected = new HashMap<>();
        jdbc.sql("""
                        SELECT m.knowledge_point_id, s.left_behind, 100 * avg(m.probability) FROM tutoring.mastery m
                        JOIN roster.student s ON s.id = m.student_id AND s.status = 'ENROLLED'
                        WHERE m.school_path LIKE ? GROUP BY 1, 2""")
                .param(city(admin).likePattern())
                .query(rs -> {
                    expected.put(rs.getLong(1) + (rs.getBoolean(2) ? "/LEFT_BEHIND" : "/NOT_LEFT_BEHIND"),
                            rs.getDouble(3));
                });
        List<MasteryGroup> groups = figures.byGroup(admin, city(admin), 1).stream()
                .filter(g -> g.group() == StudentGroup.LEFT_BEHIND || g.group() == StudentGroup.NOT_LEFT_BEHIND)
                .filter(g -> g.students() > 0).toList();
        assertThat(groups).hasSize(expected.size());
        assertThat(groups).allSatisfy(g -> assertThat(g.meanPercent())
                .isCloseTo(expected.get(g.knowledgePointId() + "/" + g.group()), within(1e-9)));
    }

    @Test
    void theDigitalEquityPageShowsTheTableAndAnotherDistrictsAdminCannotAskForThisCity() throws Exception {
        ready(demo("city.admin"));
        var admin = fixture.as(identity.accountNamed("city.admin").orElseThrow());
        String page = mvc.perform(get("/equity/digital").with(authentication(admin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"mastery\"");
        Scope other = identity.scopeOf(fixture.b().person(Role.DISTRICT_ADMIN));
        OrgNodeView city = tenancy.roots(demo("city.admin")).getFirst();
        assertThatThrownBy(() -> figures.byGroup(other, city.path(), 10)).isInstanceOf(NotFoundException.class);
    }
}
