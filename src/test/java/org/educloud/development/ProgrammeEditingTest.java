package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.educloud.development.programmes.CompletionRule;
import org.educloud.development.programmes.JoiningProgrammes;
import org.educloud.development.programmes.ProgrammeForm;
import org.educloud.development.programmes.RunningProgrammes;
import org.educloud.development.programmes.SessionForm;
import org.educloud.development.programmes.SessionMode;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.identity.IdentityManagement;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organiser edits and closes a programme (audited); closing stops joining but not finishing; nobody else may
 * change it. And the programmes over JSON: reach, detail, join, own progress, problems for the rest.
 */
@EduCloudTest
class ProgrammeEditingTest {

    @Autowired
    RunningProgrammes running;
    @Autowired
    JoiningProgrammes joining;
    @Autowired
    TenantFixture fixture;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;

    private UserId teacher;
    private Scope district;
    private long id;

    @BeforeEach
    void aProgrammeOfTheDistrictAndATeacherOfTheirOwn() {
        teacher = schoolday.newTeacherWithAccount(fixture.a(), "编辑测试老师").account();
        district = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        id = running.create(district, fixture.a().district().id(), new ProgrammeForm("待修改的研修", "说明",
                new BigDecimal("8"), CompletionRule.HOURS, new BigDecimal("6"), null, null, null, null, null, null));
    }

    private String token(UserId who) {
        return "Bearer " + tokens.create(who, "test", 1, ApiTokenScope.READ_WRITE);
    }

    private org.springframework.test.web.servlet.ResultActions editAs(UserId who, String hours) throws Exception {
        return mvc.perform(post("/development/programmes/" + id).param("name", "修改后的研修")
                .param("description", "新说明").param("creditHours", "8").param("rule", "HOURS")
                .param("minHours", hours).with(csrf()).with(authentication(fixture.as(who))));
    }

    @Test
    void theOrganiserEditsTheProgrammeAndTheAuditLogSaysWhatChanged() throws Exception {
        editAs(fixture.a().person(Role.DISTRICT_ADMIN), "3").andExpect(status().is3xxRedirection());
        assertThat(running.administered(district, id).name()).isEqualTo("修改后的研修");
        String detail = jdbc.sql("""
                        SELECT detail FROM identity.audit_event WHERE action = 'development.programme.edited'
                        AND target LIKE ? ORDER BY id DESC LIMIT 1""")
                .param("programme " + id + " %").query(String.class).single();
        assertThat(detail).contains("name: 待修改的研修 → 修改后的研修").contains("minHours: 6 → 3");
    }

    @Test
    void loweringTheHoursNeededCompletesAParticipantWhoNowMeetsThem() throws Exception {
        long session = running.addSession(district, id, new SessionForm("面授", SessionMode.IN_PERSON,
                LocalDateTime.of(2026, 11, 5, 9, 0), new BigDecimal("4"), null));
        joining.join(identity.scopeOf(teacher), id);
        running.recordAttendance(district, id, session, List.of(teacher.value()));
        assertThat(joining.seen(identity.scopeOf(teacher), id).own().completed()).isFalse();
        editAs(fixture.a().person(Role.DISTRICT_ADMIN), "4").andExpect(status().is3xxRedirection());
        assertThat(joining.seen(identity.scopeOf(teacher), id).own().completed()).isTrue();
    }

    @Test
    void aSchoolAdminOfASchoolTheProgrammeReachesMayNotEditOrCloseIt403AndTheOtherDistrictFindsNothing404()
            throws Exception {
        editAs(fixture.a().person(Role.SCHOOL_ADMIN), "3").andExpect(status().isForbidden());
        mvc.perform(post("/development/programmes/" + id + "/close").with(csrf())
                .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN))))).andExpect(status().isForbidden());
        mvc.perform(get("/development/programmes/" + id + "/edit")
                .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN))))).andExpect(status().isForbidden());
        editAs(fixture.b().person(Role.SCHOOL_ADMIN), "3").andExpect(status().isNotFound());
        editAs(teacher, "3").andExpect(status().isNotFound());
        assertThat(running.administered(district, id).name()).isEqualTo("待修改的研修");
    }

    @Test
    void closingStopsJoiningButAParticipantStillFinishes() throws Exception {
        UserId early = schoolday.newTeacherWithAccount(fixture.a(), "早报名老师").account();
        long session = running.addSession(district, id, new SessionForm("面授", SessionMode.IN_PERSON,
                LocalDateTime.of(2026, 11, 6, 9, 0), new BigDecimal("6"), null));
        joining.join(identity.scopeOf(early), id);
        mvc.perform(post("/development/programmes/" + id + "/close").with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE action = 'development.programme.closed' "
                + "AND target LIKE ?").param("programme " + id + " %").query(Integer.class).single()).isOne();

        assertThat(joining.open(identity.scopeOf(teacher))).noneMatch(s -> s.programme().id() == id);
        mvc.perform(post("/api/v1/development/programmes/" + id + "/join").header("Authorization", token(teacher)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value(Matchers.startsWith("https://educloud.org/problems/")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("结束报名")));
        running.recordAttendance(district, id, session, List.of(early.value()));
        assertThat(joining.seen(identity.scopeOf(early), id).own().completed()).isTrue();
    }

    @Test
    void theJsonApiListsJoinsAndAnswersTheTeachersOwnProgress() throws Exception {
        mvc.perform(get("/api/v1/development/programmes").header("Authorization", token(teacher)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].joined").value(Matchers.contains(false)));
        mvc.perform(get("/api/v1/development/programmes/" + id + "/progress").header("Authorization", token(teacher)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/development/programmes/" + id + "/join").header("Authorization", token(teacher)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.completed").value(false))
                .andExpect(jsonPath("$.attendedHours").value(0));
        mvc.perform(get("/api/v1/development/programmes/" + id).header("Authorization", token(teacher)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.programme.joined").value(true))
                .andExpect(jsonPath("$.programme.rule").value("HOURS"));
        mvc.perform(get("/api/v1/development/programmes/" + id)
                        .header("Authorization", token(fixture.a().person(Role.DISTRICT_ADMIN))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.programme.organiser").value(true));
        mvc.perform(get("/api/v1/development/programmes/" + id)
                        .header("Authorization", token(fixture.b().person(Role.TEACHER))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
