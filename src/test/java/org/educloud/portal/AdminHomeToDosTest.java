package org.educloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.educloud.equity.SurveyToDo;
import org.educloud.equity.Surveys;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.RosterImports;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An admin's home starts with the work waiting for them, each item a link to where it is done: surveys to confirm
 * or submit, resources to review, imports that failed and were not redone, and the balance standing — the county's
 * verdict for bureaus, the school's own line for a school.
 */
@EduCloudTest
class AdminHomeToDosTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Surveys surveys;
    @Autowired
    RosterImports imports;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Clock clock;

    @Test
    void aCountyAdminIsAskedToConfirmTheSubmittedSurveyAndSeesTheCountysVerdict() throws Exception {
        String home = page(get("/home").cookie(logIn("qingshan.admin")));
        assertThat(home.indexOf("id=\"todos\"")).as("the to-dos come first").isNotNegative()
                .isLessThan(home.indexOf("我管理的教育局"));
        String surveysCard = card(home, "todo-surveys");
        long baisha = jdbc.sql("SELECT id FROM tenancy.org_node WHERE name = '青山县白沙镇中学'").query(Long.class).single();
        assertThat(surveysCard).contains("青山县白沙镇中学", "待确认", "href=\"/equity/surveys/" + baisha + "?year=");
        assertThat(surveysCard).doesNotContain("江州市临江区");
        String balance = card(home, "todo-balance");
        assertThat(balance).contains("青山县", "href=\"/equity/balance?district=")
                .containsAnyOf("达到优质均衡", "未达到优质均衡", "资料未齐");
        // the junior stage still waits for 白沙镇中学's survey, but its counted schools already fall short: the
        // report's verdict is 未达到 on the figures there are, and the line says a survey is missing
        assertThat(balance).contains("初中", "1 所学校的调查尚未确认");
        assertThat(card(home, "todo-reviews")).contains("href=\"/library/review\"");
    }

    @Test
    void aSchoolAdminSeesTheSchoolsOwnStandingNotTheCountysVerdict() throws Exception {
        String home = page(get("/home").cookie(logIn("shiyan.admin")));
        String balance = card(home, "todo-balance");
        assertThat(balance).contains("江州市临江区实验小学", "/balance?stage=PRIMARY").containsAnyOf("本校达标", "本校未达标",
                "本校未计入").doesNotContain("优质均衡");
        assertThat(card(home, "todo-surveys")).doesNotContain("待确认");
    }

    @Test
    void theSurveysWaitingForACallerAreTheirsToDo() {
        var district = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        assertThat(surveys.toDo(district)).allMatch(SurveyToDo::toConfirm);
        var school = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        assertThat(surveys.toDo(school)).allSatisfy(s -> {
            assertThat(s.school()).isEqualTo(fixture.a().school().id());
            assertThat(s.toConfirm()).isFalse();
        });
    }

    @Test
    void aFailedImportStaysOnTheHomePageUntilTheSameKindIsImportedSuccessfully() throws Exception {
        TenantFixture.Side side = fixture.a();
        String failed = "guardians-" + UUID.randomUUID() + ".csv";
        Instant now = clock.instant();
        long run = run(side, failed, "REJECTED", now.minus(Duration.ofHours(2)));
        run(side, "too-old-" + UUID.randomUUID() + ".csv", "REJECTED", now.minus(Duration.ofDays(20)));
        var admin = authentication(fixture.as(side.person(Role.SCHOOL_ADMIN)));

        String imports = card(page(get("/home").with(admin)), "todo-imports");
        assertThat(imports).contains(failed, "href=\"/roster/imports/" + run + "\"", "未导入", "导入监护人")
                .doesNotContain("too-old-");
        // the district's card shows only its latest few, and other tests fail imports in this district too
        assertThat(this.imports.unresolvedFailures(identity.scopeOf(side.person(Role.DISTRICT_ADMIN)), 14, 10_000))
                .extracting(ImportRunView::fileName).contains(failed);
        assertThat(card(page(get("/home").with(authentication(fixture.as(fixture.b().person(Role.DISTRICT_ADMIN))))),
                "todo-imports")).as("another district's failures are not theirs").doesNotContain(failed);

        run(side, "guardians-fixed.csv", "APPLIED", now.minus(Duration.ofHours(1)));
        assertThat(card(page(get("/home").with(admin)), "todo-imports")).doesNotContain(failed);
    }

    private long run(TenantFixture.Side side, String file, String outcome, Instant at) {
        return jdbc.sql("""
                        INSERT INTO roster.import_run (school_id, school_path, kind, file_name, outcome, rows_read,
                                                       run_by, run_at)
                        VALUES (?, ?, 'GUARDIANS', ?, ?, 3, ?, ?) RETURNING id""")
                .params(side.school().id().value(), side.school().path().value(), file, outcome,
                        side.person(Role.SCHOOL_ADMIN).value(), Timestamp.from(at))
                .query(Long.class).single();
    }

    private Cookie logIn(String username) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password("EduCloud2026"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return new String(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String card(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int end = page.indexOf("class=\"card todo\"", start + 1);
        return page.substring(start, end < 0 ? page.indexOf("</section>", start) : end);
    }
}
