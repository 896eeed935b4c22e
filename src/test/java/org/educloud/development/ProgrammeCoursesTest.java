package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.educloud.development.programmes.CompletionRule;
import org.educloud.development.programmes.CourseForm;
import org.educloud.development.programmes.JoiningProgrammes;
import org.educloud.development.programmes.ProgrammeForm;
import org.educloud.development.programmes.RunningProgrammes;
import org.educloud.development.programmes.SessionForm;
import org.educloud.development.programmes.SessionMode;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.CourseDraft;
import org.educloud.learning.CourseId;
import org.educloud.learning.CourseSharing;
import org.educloud.learning.Courses;
import org.educloud.learning.LessonDraft;
import org.educloud.learning.LessonId;
import org.educloud.learning.TeacherLearners;
import org.educloud.learning.UnitId;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.FieldRuleViolationException;
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
 * A programme made of learning courses: a teacher who joins is enrolled in them as a learner, marks their lessons
 * learnt on the course page, and completing them completes the programme by its rule — hours and certificate once.
 */
@EduCloudTest
class ProgrammeCoursesTest {

    @Autowired
    RunningProgrammes running;
    @Autowired
    JoiningProgrammes joining;
    @Autowired
    TeacherLearners learners;
    @Autowired
    Courses courses;
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

    /** A published course of its own teacher at side a's school, shared as far as asked, with two lessons. */
    private record Built(CourseId id, List<LessonId> lessons) {
    }

    @BeforeEach
    void aTeacherOfTheirOwn() {
        teacher = schoolday.newTeacherWithAccount(fixture.a(), "课程学员老师").account();
        district = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
    }

    private Built course(CourseSharing sharing) {
        SchooldayFixture.Teacher author = schoolday.newTeacherWithAccount(fixture.a(), "课程作者");
        schoolday.newClass(fixture.a(), "研修班", author.staffId());
        Scope scope = identity.scopeOf(author.account());
        CourseId id = courses.create(scope, new CourseDraft("数字化教学设计", "<p>研修课程</p>", null, null, sharing));
        UnitId unit = courses.addUnit(scope, id, "第一单元");
        LessonId first = courses.addLesson(scope, id, unit, new LessonDraft("认识数字资源", "<p>读一读</p>", List.of(), null));
        LessonId second = courses.addLesson(scope, id, unit, new LessonDraft("设计一节课", "<p>做一做</p>", List.of(), null));
        courses.publish(scope, id);
        return new Built(id, List.of(first, second));
    }

    private long programme(CompletionRule rule, BigDecimal minHours) {
        return running.create(district, fixture.a().district().id(), new ProgrammeForm("课程研修", "说明",
                new BigDecimal("10"), rule, minHours, null, null, null, null, null, null));
    }

    private BigDecimal hoursOf(UserId account) {
        return jdbc.sql("SELECT coalesce(sum(hours), 0) FROM development.credit_entry WHERE teacher_account = ?")
                .param(account.value()).query(BigDecimal.class).single();
    }

    private void learn(long course, LessonId lesson) throws Exception {
        mvc.perform(post("/learning/courses/" + course + "/lessons/" + lesson + "/done").with(csrf())
                .with(authentication(fixture.as(teacher)))).andExpect(status().is3xxRedirection());
    }

    private boolean completed(long programme) {
        return joining.seen(identity.scopeOf(teacher), programme).own().completed();
    }

    @Test
    void aTeacherWhoJoinsLearnsTheCourseAndCompletingItCompletesTheProgrammeWithHoursAndCertificate() throws Exception {
        Built built = course(CourseSharing.DISTRICT);
        long id = programme(CompletionRule.ALL_SESSIONS, null);
        running.addCourse(district, id, new CourseForm(built.id().value(), new BigDecimal("4")));

        // before joining the teacher is no learner: the course page offers them nothing to mark
        mvc.perform(post("/learning/courses/" + built.id().value() + "/lessons/" + built.lessons().getFirst() + "/done")
                .with(csrf()).with(authentication(fixture.as(teacher)))).andExpect(status().is4xxClientError());
        joining.join(identity.scopeOf(teacher), id);
        assertThat(learners.progress(teacher, List.of(built.id()))).containsKey(built.id());
        mvc.perform(get("/learning/courses/" + built.id().value()).with(authentication(fixture.as(teacher))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("设计一节课")));

        learn(built.id().value(), built.lessons().getFirst());
        assertThat(completed(id)).isFalse();
        learn(built.id().value(), built.lessons().get(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(id));
        assertThat(hoursOf(teacher)).isEqualByComparingTo("10");
        assertThat(joining.seen(identity.scopeOf(teacher), id).courses().getFirst().progress().completed()).isTrue();
        mvc.perform(get("/development/programmes/" + id + "/certificate.pdf").with(authentication(fixture.as(teacher))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.startsWith("%PDF")));
    }

    @Test
    void sessionHoursAndCourseHoursTogetherMeetARuleOfHours() throws Exception {
        Built built = course(CourseSharing.REGION);
        long id = programme(CompletionRule.HOURS, new BigDecimal("5"));
        long session = running.addSession(district, id, new SessionForm("面授", SessionMode.IN_PERSON,
                LocalDateTime.of(2026, 11, 3, 9, 0), new BigDecimal("3"), null));
        running.addCourse(district, id, new CourseForm(built.id().value(), new BigDecimal("2")));
        joining.join(identity.scopeOf(teacher), id);
        running.recordAttendance(district, id, session, List.of(teacher.value()));
        assertThat(completed(id)).isFalse();
        for (LessonId lesson : built.lessons()) {
            learn(built.id().value(), lesson);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(id));
        assertThat(hoursOf(teacher)).isEqualByComparingTo("10");
    }

    @Test
    void aCourseCompletedBeforeJoiningCountsWhenTheTeacherJoinsASecondProgramme() throws Exception {
        Built built = course(CourseSharing.DISTRICT);
        long first = programme(CompletionRule.ALL_SESSIONS, null);
        running.addCourse(district, first, new CourseForm(built.id().value(), new BigDecimal("4")));
        joining.join(identity.scopeOf(teacher), first);
        for (LessonId lesson : built.lessons()) {
            learn(built.id().value(), lesson);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> completed(first));

        long second = programme(CompletionRule.ALL_SESSIONS, null);
        running.addCourse(district, second, new CourseForm(built.id().value(), new BigDecimal("4")));
        joining.join(identity.scopeOf(teacher), second);
        assertThat(completed(second)).isTrue();
        assertThat(hoursOf(teacher)).isEqualByComparingTo("20");
    }

    @Test
    void aCourseSharedOnlyWithItsSchoolCannotBeAddedToTheDistrictsProgramme() {
        Built school = course(CourseSharing.SCHOOL);
        long id = programme(CompletionRule.ALL_SESSIONS, null);
        assertThat(running.addableCourses(district, id)).noneMatch(c -> c.id().equals(school.id()));
        assertThatThrownBy(() -> running.addCourse(district, id, new CourseForm(school.id().value(), BigDecimal.ONE)))
                .isInstanceOfSatisfying(FieldRuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("course"));
    }

    @Test
    void theAddCourseFormRefusesMissingHoursWithAMessage() throws Exception {
        long id = programme(CompletionRule.ALL_SESSIONS, null);
        Built built = course(CourseSharing.DISTRICT);
        mvc.perform(post("/development/programmes/" + id + "/courses").param("course", built.id().toString())
                        .with(csrf()).with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("必填")));
    }
}
