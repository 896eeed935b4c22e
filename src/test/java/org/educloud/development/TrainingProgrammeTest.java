package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.educloud.development.credits.CreditLedger;
import org.educloud.development.programmes.CompletionRule;
import org.educloud.development.programmes.JoiningProgrammes;
import org.educloud.development.programmes.Participant;
import org.educloud.development.programmes.ProgrammeForm;
import org.educloud.development.programmes.RunningProgrammes;
import org.educloud.development.programmes.SessionForm;
import org.educloud.development.programmes.SessionMode;
import org.educloud.identity.IdentityManagement;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
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

/** A district runs a programme; teachers it is for join, attend and complete it, once; others never see it. */
@EduCloudTest
class TrainingProgrammeTest {

    @Autowired
    RunningProgrammes running;
    @Autowired
    JoiningProgrammes joining;
    @Autowired
    CreditLedger ledger;
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

    private UserId teacher;
    private Scope district;

    @BeforeEach
    void aTeacherOfTheirOwn() {
        teacher = schoolday.newTeacherWithAccount(fixture.a(), "培训测试老师").account();
        district = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
    }

    private long programme(CompletionRule rule, BigDecimal minHours, Long school, String subject) {
        return running.create(district, fixture.a().district().id(), new ProgrammeForm("提升工程 2.0 测试", "说明",
                new BigDecimal("12"), rule, minHours, school, null, subject, null, null, null));
    }

    private long session(long programme, int hours) {
        return running.addSession(district, programme, new SessionForm("研修活动", SessionMode.IN_PERSON,
                LocalDateTime.of(2026, 10, 1, 14, 0), new BigDecimal(hours), "区教师发展中心"));
    }

    private BigDecimal hoursOf(UserId account) {
        return jdbc.sql("SELECT coalesce(sum(hours), 0) FROM development.credit_entry WHERE teacher_account = ?")
                .param(account.value()).query(BigDecimal.class).single();
    }

    @Test
    void aTeacherJoinsAttendsEverySessionCompletesAndIsCreditedOnceWithACertificate() throws Exception {
        long id = programme(CompletionRule.ALL_SESSIONS, null, null, null);
        long first = session(id, 3);
        long second = session(id, 3);
        Scope own = identity.scopeOf(teacher);
        assertThat(joining.open(own)).anySatisfy(s -> assertThat(s.programme().id()).isEqualTo(id));

        mvc.perform(post("/development/programmes/" + id + "/join").with(csrf())
                .with(authentication(fixture.as(teacher)))).andExpect(status().is3xxRedirection());
        running.recordAttendance(district, id, first, List.of(teacher.value()));
        assertThat(joining.seen(own, id).own().completed()).isFalse();
        assertThat(running.recordAttendance(district, id, second, List.of(teacher.value()))).isEqualTo(1);
        // recording the same attendance again neither completes nor credits a second time
        assertThat(running.recordAttendance(district, id, second, List.of(teacher.value()))).isZero();

        assertThat(joining.seen(own, id).own().completed()).isTrue();
        assertThat(hoursOf(teacher)).isEqualByComparingTo("12");
        assertThat(ledger.mine(own).cycleHours()).isEqualByComparingTo("12");
        mvc.perform(get("/development/programmes/" + id + "/certificate.pdf").with(authentication(fixture.as(teacher))))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().string(Matchers.startsWith("%PDF")));
    }

    @Test
    void aTeacherTickedTwiceIsRecordedOnceInsteadOfFailingTheSave() throws Exception {
        long id = programme(CompletionRule.HOURS, new BigDecimal("5"), null, null);
        long first = session(id, 3);
        joining.join(identity.scopeOf(teacher), id);

        mvc.perform(post("/development/programmes/" + id + "/sessions/" + first + "/attendance")
                        .param("present", String.valueOf(teacher.value()), String.valueOf(teacher.value()))
                        .with(csrf()).with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().is3xxRedirection());

        Participant own = joining.seen(identity.scopeOf(teacher), id).own();
        assertThat(own.attended()).containsExactly(first);
        assertThat(own.attendedHours()).isEqualByComparingTo("3");
    }

    @Test
    void hoursAttendedCompleteAProgrammeWhoseRuleIsHours() {
        long id = programme(CompletionRule.HOURS, new BigDecimal("5"), null, null);
        long first = session(id, 3);
        long second = session(id, 3);
        session(id, 3);
        joining.join(identity.scopeOf(teacher), id);
        running.recordAttendance(district, id, first, List.of(teacher.value()));
        assertThat(hoursOf(teacher)).isEqualByComparingTo("0");
        running.recordAttendance(district, id, second, List.of(teacher.value()));
        assertThat(hoursOf(teacher)).isEqualByComparingTo("12");
    }

    @Test
    void aProgrammeCannotBeAimedAtASchoolOutsideTheDistrictRunningIt() {
        assertThatThrownBy(() -> programme(CompletionRule.ALL_SESSIONS, null, fixture.b().school().id().value(), null))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("targetSchool"));
    }

    @Test
    void aSubjectTargetAdmitsOnlyTeachersOfThatSubject() {
        long chinese = programme(CompletionRule.ALL_SESSIONS, null, null, "语文");
        long maths = programme(CompletionRule.ALL_SESSIONS, null, null, "数学");
        Scope own = identity.scopeOf(teacher);
        assertThat(joining.open(own)).extracting(s -> s.programme().id()).contains(chinese).doesNotContain(maths);
        assertThatThrownBy(() -> joining.join(own, maths)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOtherDistrictsAdminAndTeacherFindNoSuchProgramme() throws Exception {
        long id = programme(CompletionRule.ALL_SESSIONS, null, null, null);
        for (Role role : List.of(Role.DISTRICT_ADMIN, Role.SCHOOL_ADMIN, Role.TEACHER)) {
            mvc.perform(get("/development/programmes/" + id)
                    .with(authentication(fixture.as(fixture.b().person(role))))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/development/programmes/" + id + "/join").with(csrf())
                        .with(authentication(fixture.as(fixture.b().person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProgrammeFormWithoutHoursOrWithMarkupIsRefusedWithMessages() throws Exception {
        mvc.perform(post("/development/programmes").param("org", String.valueOf(fixture.a().district().id().value()))
                        .param("name", "<b>提升</b>").param("rule", "ALL_SESSIONS").with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("不能包含尖括号")))
                .andExpect(content().string(Matchers.containsString("必填")));
    }
}
