package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A student who forgot their password gets a new initial password on a printed slip from their head teacher or the
 * school's admin; it must be changed at the next login, and every reset is in the audit log.
 */
@EduCloudTest
class StudentPasswordResetTest {

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    RosterManagement roster;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    /** Raw: the JDBC repository's session type is its own, and this test only makes and reads one. */
    @Autowired
    @SuppressWarnings("rawtypes")
    FindByIndexNameSessionRepository sessions;

    @Test
    void theHeadTeacherPrintsANewSlipWhosePasswordMustBeChangedAtTheNextLogin() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher head = schoolday.newTeacherWithAccount(a, "重置班主任");
        long schoolClass = schoolday.newClass(a, "重置班", head.staffId());
        long student = schoolday.newStudent(a, schoolClass, "忘密码学生", null);
        UserId account = accountOf(student);
        long auditedBefore = resets(head.account());

        assertThat(mvc.perform(get("/roster/students/" + student).with(authentication(tenants.as(head.account()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/roster/students/" + student + "/password-reset");
        String slip = mvc.perform(post("/roster/students/" + student + "/password-reset")
                        .with(authentication(tenants.as(head.account()))).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(slip).contains("忘密码学生").contains(username(account));

        var row = jdbc.sql("SELECT password_hash, must_change_password, status FROM identity.account WHERE id = ?")
                .param(account.value()).query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2),
                        rs.getString(3)}).single();
        String printed = slip.replaceAll("(?s).*<code class=\"slip-code\">([^<]+)</code>.*", "$1");
        assertThat(encoder.matches(printed, (String) row[0])).as("the printed password signs in").isTrue();
        assertThat(row[1]).as("must be changed at the next login").isEqualTo(true);
        assertThat(row[2]).isEqualTo("ACTIVE");
        assertThat(resets(head.account())).isEqualTo(auditedBefore + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResetLogsTheStudentOutEverywhereAndEndsTheApplicationsSignIns() {
        TenantFixture.Side a = tenants.a();
        long schoolClass = schoolday.newClass(a, "登出重置班", null);
        long student = schoolday.newStudent(a, schoolClass, "被冒用学生", null);
        String username = username(accountOf(student));
        // a classmate who learnt the password is logged in as the student, and an app holds a sign-in
        Session borrowed = (Session) sessions.createSession();
        borrowed.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        sessions.save(borrowed);
        jdbc.sql("""
                        INSERT INTO identity.oauth2_authorization (id, registered_client_id, principal_name,
                            authorization_grant_type) VALUES (?, 'any-app', ?, 'authorization_code')""")
                .params("reset-" + student, username).update();

        roster.resetStudentPassword(schoolday.as(a.person(Role.SCHOOL_ADMIN)), StudentId.of(student));

        assertThat(sessions.findById(borrowed.getId())).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.oauth2_authorization WHERE principal_name = ?")
                .param(username).query(Long.class).single()).isZero();
    }

    @Test
    void theSchoolAdminMayResetAnyStudentOfTheSchoolAndEachResetGivesADifferentPassword() {
        TenantFixture.Side a = tenants.a();
        long schoolClass = schoolday.newClass(a, "管理员重置班", null);
        long student = schoolday.newStudent(a, schoolClass, "管理员重置生", null);
        var admin = schoolday.as(a.person(Role.SCHOOL_ADMIN));

        ActivationSlip first = roster.resetStudentPassword(admin, StudentId.of(student));
        ActivationSlip second = roster.resetStudentPassword(admin, StudentId.of(student));

        assertThat(first.studentName()).isEqualTo("管理员重置生");
        assertThat(first.className()).startsWith("管理员重置班");
        assertThat(second.code()).isNotEqualTo(first.code()).hasSize(10);
    }

    @Test
    void aTeacherOfAnotherClassIsRefusedAndAnotherSchoolDoesNotFindTheStudent() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher head = schoolday.newTeacherWithAccount(a, "本班班主任");
        SchooldayFixture.Teacher other = schoolday.newTeacherWithAccount(a, "别班班主任");
        long schoolClass = schoolday.newClass(a, "本班", head.staffId());
        schoolday.newClass(a, "别班", other.staffId());
        long student = schoolday.newStudent(a, schoolClass, "本班学生", null);
        String hashBefore = hashOf(accountOf(student));

        assertThat(resetAs(other.account(), student)).as("teacher of another class").isEqualTo(403);
        assertThat(resetAs(a.person(Role.PARENT), student)).as("a parent of the school").isEqualTo(403);
        for (Role role : java.util.List.of(Role.SCHOOL_ADMIN, Role.TEACHER, Role.DISTRICT_ADMIN)) {
            assertThat(resetAs(tenants.b().person(role), student)).as("other district's " + role).isEqualTo(404);
        }
        assertThat(hashOf(accountOf(student))).as("nothing changed").isEqualTo(hashBefore);
        assertThat(mvc.perform(get("/roster/students/" + student).with(authentication(tenants.as(head.account()))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private int resetAs(UserId caller, long student) throws Exception {
        return mvc.perform(post("/roster/students/" + student + "/password-reset")
                .with(authentication(tenants.as(caller))).with(csrf())).andReturn().getResponse().getStatus();
    }

    private UserId accountOf(long student) {
        return new UserId(jdbc.sql("SELECT account_id FROM roster.student WHERE id = ?").param(student)
                .query(Long.class).single());
    }

    private String username(UserId account) {
        return jdbc.sql("SELECT username FROM identity.account WHERE id = ?").param(account.value())
                .query(String.class).single();
    }

    private String hashOf(UserId account) {
        return jdbc.sql("SELECT coalesce(password_hash, '') FROM identity.account WHERE id = ?")
                .param(account.value()).query(String.class).single();
    }

    private long resets(UserId actor) {
        return jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE actor_id = ? AND action = ?")
                .params(actor.value(), "account.passwordReset").query(Long.class).single();
    }
}
