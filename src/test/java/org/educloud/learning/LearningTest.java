package org.educloud.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.support.Drafts.anAssignment;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.learning.activity.ActivitySummary;
import org.educloud.learning.activity.SummarisingActivity;
import org.educloud.learning.gradebook.Gradebook;
import org.educloud.learning.gradebook.GradebookView;
import org.educloud.learning.notifications.DueSoonReminders;
import org.educloud.roster.StudentId;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class LearningTest {

    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Assignments assignments;
    @Autowired
    Submissions submissions;
    @Autowired
    Grading grading;
    @Autowired
    Tasks tasks;
    @Autowired
    Gradebook gradebook;
    @Autowired
    Notifications notifications;
    @Autowired
    DueSoonReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    SummarisingActivity summarising;

    private Scope as(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    /** A published assignment for side A's class; due in {@code dueInHours} (negative: already past). */
    private AssignmentId published(String title, long dueInHours, LatePolicy policy, boolean resubmission,
                           @Nullable Rubric rubric) {
        LocalDateTime now = LocalDateTime.now();
        AssignmentId id = assignments.set(as(Role.TEACHER), anAssignment().forClass(fixture.a().classId()).titled(title)
                .instructions("<p>读课文</p><script>alert(1)</script>")
                .open(now.minusHours(Math.max(48, -dueInHours + 24)), now.plusHours(dueInHours)).outOf("100")
                .late(policy).files(1, "pdf", "jpg").resubmittable(resubmission).gradedBy(rubric).build()).getFirst();
        assignments.publish(as(Role.TEACHER), id);
        return id;
    }

    private SubmissionView submit(AssignmentId assignmentId, String answer, Upload... files) {
        return submissions.submit(as(Role.STUDENT), assignmentId, UUID.randomUUID(), answer, List.of(files));
    }

    private static Upload pdf(String name, long declaredSize) {
        byte[] bytes = ("%PDF-1.4\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        return new Upload(name, declaredSize < 0 ? bytes.length : declaredSize, new ByteArrayResource(bytes));
    }

    private StudentId studentId() {
        return StudentId.of(fixture.a().studentId());
    }

    @Test
    void aPublishedAssignmentIsOnTheStudentsAndParentsListsAndTheyAreTold() throws Exception {
        AssignmentId id = published("朗读第三课", 48, LatePolicy.ACCEPT_MARKED, true, null);

        assertThat(assignments.detail(as(Role.STUDENT), id).instructions()).doesNotContain("script")
                .contains("读课文");
        for (Role follower : List.of(Role.STUDENT, Role.PARENT)) {
            assertThat(tasks.of(as(follower))).filteredOn(t -> t.assignment().id().equals(id))
                    .singleElement().extracting(Task::state).isEqualTo(Task.State.TO_DO);
            awaitNotification(follower, NotificationKind.ASSIGNMENT_SET, "朗读第三课");
        }
        Scope otherDistrict = identity.scopeOf(fixture.b().person(Role.STUDENT));
        assertThat(tasks.of(otherDistrict)).noneMatch(t -> t.assignment().id().equals(id));
        assertThatThrownBy(() -> assignments.detail(otherDistrict, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftIsTheTeachersAloneUntilPublished() {
        LocalDateTime now = LocalDateTime.now();
        AssignmentId id = assignments.set(as(Role.TEACHER), anAssignment().forClass(fixture.a().classId()).titled("草稿作业")
                .instructions(null).open(now.minusHours(1), now.plusDays(1)).outOf("10").late(LatePolicy.ACCEPT)
                .build()).getFirst();
        assertThatThrownBy(() -> assignments.detail(as(Role.STUDENT), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submit(id, "提前交")).isInstanceOf(NotFoundException.class);
        assertThat(assignments.detail(as(Role.TEACHER), id).mayManage()).isTrue();
    }

    @Test
    void lateWorkFollowsTheAssignmentsLatePolicy() {
        AssignmentId accepted = published("逾期照收", -2, LatePolicy.ACCEPT, false, null);
        AssignmentId marked = published("逾期标记", -2, LatePolicy.ACCEPT_MARKED, false, null);
        AssignmentId refused = published("逾期不收", -2, LatePolicy.REJECT, false, null);

        assertThat(submit(accepted, "我的作答").late()).isFalse();
        assertThat(submit(marked, "我的作答").late()).isTrue();
        assertThatThrownBy(() -> submit(refused, "我的作答")).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.closed");
        assertThat(tasks.of(as(Role.PARENT))).filteredOn(t -> t.assignment().id().equals(refused)).singleElement()
                .extracting(Task::state).isEqualTo(Task.State.OVERDUE);
        assertThat(tasks.of(as(Role.STUDENT))).filteredOn(t -> t.assignment().id().equals(marked)).singleElement()
                .extracting(Task::state).isEqualTo(Task.State.SUBMITTED_LATE);
    }

    @Test
    void handingInAgainNeedsTheAssignmentToAllowIt() {
        AssignmentId once = published("只能交一次", 24, LatePolicy.ACCEPT, false, null);
        AssignmentId again = published("可以再交", 24, LatePolicy.ACCEPT, true, null);
        submit(once, "第一次");
        assertThatThrownBy(() -> submit(once, "第二次"))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.noResubmission");
        submit(again, "第一次");
        assertThat(submit(again, "第二次").attempt()).isEqualTo(2);
        assertThat(submissions.mine(as(Role.STUDENT), again).getFirst().attempts()).extracting(SubmissionView::attempt)
                .containsExactly(2, 1);
        assertThat(jdbc.sql("SELECT submitted_students FROM learning.assignment WHERE id = ?").param(again.value())
                .query(Integer.class).single()).as("the reports count a student who handed in twice once").isEqualTo(1);
    }

    @Test
    void aRepeatedClickIsOneAttempt() {
        AssignmentId id = published("双击提交", 24, LatePolicy.ACCEPT, true, null);
        UUID token = UUID.randomUUID();
        SubmissionView first = submissions.submit(as(Role.STUDENT), id, token, "一次", List.of());
        SubmissionView second = submissions.submit(as(Role.STUDENT), id, token, "一次", List.of());
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("SELECT count(*) FROM learning.submission WHERE assignment_id = ?").param(id.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT submitted_students FROM learning.assignment WHERE id = ?").param(id.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void filesOfAKindOrSizeTheAssignmentDoesNotAllowAreRefusedAndNothingIsKept() {
        AssignmentId id = published("交PDF或图片", 24, LatePolicy.ACCEPT, true, null);
        long before = jdbc.sql("SELECT count(*) FROM learning.submission").query(Long.class).single();
        assertThatThrownBy(() -> submit(id, "", pdf("essay.docx", -1)))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.fileTypeNotAllowed");
        assertThatThrownBy(() -> submit(id, "", pdf("big.pdf", 2 * 1024 * 1024)))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.fileTooLarge");
        assertThatThrownBy(() -> submit(id, "", new Upload("fake.pdf", 20,
                new ByteArrayResource("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submit(id, "  ")).hasFieldOrPropertyWithValue("messageKey",
                "learning.error.emptySubmission");
        assertThat(jdbc.sql("SELECT count(*) FROM learning.submission").query(Long.class).single()).isEqualTo(before);
        assertThat(submit(id, "", pdf("answer.pdf", -1)).files()).extracting(AttachedFile::name)
                .containsExactly("answer.pdf");
    }

    @Test
    void answersAndFeedbackAreSanitised() {
        AssignmentId id = published("净化", 24, LatePolicy.ACCEPT, true, null);
        SubmissionView attempt = submit(id, "<p onclick=\"x()\">答案</p><script>steal()</script>");
        assertThat(attempt.answer()).isEqualTo("<p>答案</p>");
        grading.grade(as(Role.TEACHER), id, studentId(), new GradeDraft(BigDecimal.ONE, null,
                "<b>好</b><img src=x onerror=alert(1)>"), null);
        assertThat(grading.sheet(as(Role.TEACHER), id)).filteredOn(w -> w.studentId().equals(studentId()))
                .singleElement()
                .extracting(w -> w.grade().feedback()).isEqualTo("<b>好</b>");
    }

    @Test
    void scoresOutsideZeroToTheMaximumAreRefused() {
        AssignmentId id = published("分数范围", 24, LatePolicy.ACCEPT, true, null);
        assertThatThrownBy(() -> grading.grade(as(Role.TEACHER), id, studentId(),
                new GradeDraft(BigDecimal.ONE, null, null), null))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.nothingToGrade");
        submit(id, "作答");
        for (String score : List.of("100.5", "-1")) {
            assertThatThrownBy(() -> grading.grade(as(Role.TEACHER), id, studentId(),
                    new GradeDraft(new BigDecimal(score), null, null), null))
                    .hasFieldOrPropertyWithValue("messageKey", "learning.error.scoreRange");
        }
        grading.grade(as(Role.TEACHER), id, studentId(), new GradeDraft(new BigDecimal("100"), null, null), null);
        grading.grade(as(Role.TEACHER), id, studentId(), new GradeDraft(new BigDecimal("90"), null, null), null);
        assertThat(jdbc.sql("SELECT graded_students FROM learning.assignment WHERE id = ?").param(id.value())
                .query(Integer.class).single()).as("a grade changed is still one student graded").isEqualTo(1);
    }

    /** Content (优 60, 良 40) and writing (优 40, 良 20): 100 points at best. */
    private static Rubric contentAndWriting() {
        return new Rubric(List.of(
                new Rubric.Criterion("内容", List.of(new Rubric.Level("优", BigDecimal.valueOf(60)),
                        new Rubric.Level("良", BigDecimal.valueOf(40)))),
                new Rubric.Criterion("书写", List.of(new Rubric.Level("优", BigDecimal.valueOf(40)),
                        new Rubric.Level("良", BigDecimal.valueOf(20))))));
    }

    @Test
    void aRubricGradeIsTheSumOfOneLevelPerCriterion() {
        Rubric rubric = contentAndWriting();
        AssignmentId id = published("量规评分", 24, LatePolicy.ACCEPT, true, rubric);
        submit(id, "作答");
        assertThatThrownBy(() -> grading.grade(as(Role.TEACHER), id, studentId(),
                new GradeDraft(null, List.of(0, 2), null), null))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.rubricLevel");
        assertThatThrownBy(() -> grading.grade(as(Role.TEACHER), id, studentId(),
                new GradeDraft(null, List.of(0), null), null))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.rubricIncomplete");
        grading.grade(as(Role.TEACHER), id, studentId(), new GradeDraft(BigDecimal.ONE, List.of(1, 0), null), null);
        assertThat(grading.sheet(as(Role.TEACHER), id)).filteredOn(w -> w.studentId().equals(studentId()))
                .singleElement()
                .extracting(w -> w.grade().score()).isEqualTo(new BigDecimal("80.0"));
        assertThatThrownBy(() -> assignments.set(as(Role.TEACHER), anAssignment().forClass(fixture.a().classId())
                .titled("量规与满分不符").instructions(null).open(LocalDateTime.now(), LocalDateTime.now().plusDays(1))
                .outOf("10").late(LatePolicy.ACCEPT).resubmittable().gradedBy(rubric).build()))
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.rubricMaximum");
    }

    @Test
    void theGradingPageAsksForOneLevelOfEachCriterionAndShowsTheLevelsGiven() throws Exception {
        Rubric rubric = contentAndWriting();
        AssignmentId id = published("量规评分页", 24, LatePolicy.ACCEPT, true, rubric);
        submit(id, "作答");
        grading.grade(as(Role.TEACHER), id, studentId(), new GradeDraft(BigDecimal.ONE, List.of(1, 0), null), null);

        String page = mvc.perform(get("/learning/assignments/" + id + "/grading")
                        .param("student", String.valueOf(studentId().value()))
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        org.jsoup.select.Elements criteria = org.jsoup.Jsoup.parse(page).select("#grade-form fieldset");
        assertThat(criteria.eachAttr("aria-describedby")).as("no error yet").isEmpty();
        assertThat(criteria).extracting(c -> c.selectFirst("legend").text()).containsExactly("内容", "书写");
        assertThat(criteria.getFirst().select("label.check")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("优 (60)", "良 (40)");
        for (int i = 0; i < 2; i++) {
            String name = "levels[" + i + "]";
            assertThat(criteria.get(i).select("input[type=radio]")).as("one level of each criterion, required")
                    .hasSize(2).allMatch(r -> r.attr("name").equals(name) && r.hasAttr("required"));
        }
        assertThat(criteria.get(0).selectFirst("input[checked]").val()).isEqualTo("1");
        assertThat(criteria.get(1).selectFirst("input[checked]").val()).isEqualTo("0");
    }

    @Test
    void gradesReachStudentsAndParentsOnlyWhenReturned() throws Exception {
        AssignmentId id = published("发回后可见", 24, LatePolicy.ACCEPT, true, null);
        submit(id, "作答");
        grading.grade(as(Role.TEACHER), id, studentId(), new GradeDraft(new BigDecimal("88"), null, "<p>不错</p>"), null);
        for (Role follower : List.of(Role.STUDENT, Role.PARENT)) {
            assertThat(submissions.mine(as(follower), id).getFirst().grade()).as("before release").isNull();
        }
        assertThat(grading.queue(as(Role.TEACHER))).extracting(AssignmentView::id).doesNotContain(id);

        assertThat(grading.release(as(Role.TEACHER), id)).isEqualTo(1);
        for (Role follower : List.of(Role.STUDENT, Role.PARENT)) {
            assertThat(submissions.mine(as(follower), id).getFirst().grade().score()).isEqualTo(new BigDecimal("88.0"));
            awaitNotification(follower, NotificationKind.GRADED, "发回后可见");
        }
        assertThat(tasks.of(as(Role.PARENT))).filteredOn(t -> t.assignment().id().equals(id)).singleElement()
                .extracting(Task::state).isEqualTo(Task.State.GRADED);
    }

    @Test
    void onlyTheClassesTeachersSetAndGradeItsWork() {
        AssignmentId id = published("只有任课教师", 24, LatePolicy.ACCEPT, true, null);
        submit(id, "作答");
        Scope colleague = identity.scopeOf(identity.create(Scope.installation(), new NewAccount("fx.a.colleague" + id,
                "同校老师", null, null, Role.TEACHER, fixture.a().school().id().value(), TenantFixture.PASSWORD), false)
                .account().id());
        assertThatThrownBy(() -> grading.grade(colleague, id, studentId(), new GradeDraft(BigDecimal.ONE, null, null),
                null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> grading.grade(as(Role.SCHOOL_ADMIN), id, studentId(),
                new GradeDraft(BigDecimal.ONE, null, null), null)).isInstanceOf(ForbiddenException.class);
        Scope otherDistrictTeacher = identity.scopeOf(fixture.b().person(Role.TEACHER));
        assertThatThrownBy(() -> grading.grade(otherDistrictTeacher, id, studentId(),
                new GradeDraft(BigDecimal.ONE, null, null), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.set(otherDistrictTeacher, anAssignment().forClass(fixture.a().classId())
                .titled("越界布置").instructions(null).open(LocalDateTime.now(), LocalDateTime.now().plusDays(1))
                .outOf("10").late(LatePolicy.ACCEPT).resubmittable().build()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> submissions.submit(as(Role.PARENT), id, UUID.randomUUID(), "家长代交", List.of()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void studentsAndParentsReachOnlyTheirOwnWork() {
        var b = fixture.b();
        assertThatThrownBy(() -> submissions.file(as(Role.STUDENT), b.submissionId(), b.submissionFileId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submissions.mine(as(Role.PARENT), AssignmentId.of(b.assignmentId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> grading.feedbackFile(as(Role.PARENT), AssignmentId.of(b.assignmentId()),
                StudentId.of(b.studentId())))
                .isInstanceOf(NotFoundException.class);
        var own = submissions.mine(as(Role.PARENT), AssignmentId.of(fixture.a().assignmentId()));
        assertThat(own).extracting(StudentWork::studentId).containsExactly(studentId());
        assertThat(submissions.file(as(Role.PARENT), fixture.a().submissionId(), fixture.a().submissionFileId())
                .fileName()).isEqualTo("answer.pdf");
    }

    @Test
    void theDueSoonReminderGoesOnceToThoseWhoHaveNotHandedIn() {
        AssignmentId open = published("明天截止", 12, LatePolicy.ACCEPT, true, null);
        AssignmentId handedIn = published("明天截止但已交", 12, LatePolicy.ACCEPT, true, null);
        submit(handedIn, "交了就不用提醒");
        reminders.remind();
        reminders.remind();
        long student = fixture.a().person(Role.STUDENT).value();
        long parent = fixture.a().person(Role.PARENT).value();
        // other tests may enrol more students in the shared class: count per recipient, not in total
        assertThat(remindedOf(open)).as("the student and the parent, once each")
                .containsEntry(student, 1L).containsEntry(parent, 1L).allSatisfy((who, times) ->
                        assertThat(times).isEqualTo(1L));
        assertThat(remindedOf(handedIn)).doesNotContainKeys(student, parent);
    }

    private Map<Long, Long> remindedOf(AssignmentId assignmentId) {
        return jdbc.sql("SELECT recipient, count(*) FROM learning.notification WHERE kind = 'DUE_SOON' AND link = ? "
                        + "GROUP BY recipient")
                .param("/learning/assignments/" + assignmentId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theGradebookMarksMissingWorkAndExportsAsXlsx() throws Exception {
        AssignmentId missing = published("没交的作业", -1, LatePolicy.ACCEPT, true, null);
        GradebookView book = gradebook.of(as(Role.TEACHER), fixture.a().classId());
        int column = book.assignments().stream().map(AssignmentView::id).toList().indexOf(missing);
        assertThat(book.lines()).filteredOn(l -> l.studentId() == studentId().value()).singleElement()
                .satisfies(line -> assertThat(line.cells().get(column).missing()).isTrue());
        assertThatThrownBy(() -> gradebook.of(as(Role.STUDENT), fixture.a().classId()))
                .isInstanceOf(ForbiddenException.class);
        mvc.perform(get("/learning/classes/" + fixture.a().classId() + "/gradebook.xlsx")
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(
                        "application/vnd.openxmlformats")));
    }

    @Test
    void theLearningPagesRenderForEachRole() throws Exception {
        long id = fixture.a().assignmentId();
        for (Role role : List.of(Role.TEACHER, Role.STUDENT, Role.PARENT, Role.SCHOOL_ADMIN)) {
            var as = authentication(fixture.as(fixture.a().person(role)));
            mvc.perform(get("/learning/assignments").with(as)).andExpect(status().isOk());
            mvc.perform(get("/learning/assignments/" + id).with(as)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("作业")));
            mvc.perform(get("/learning/notifications").with(as)).andExpect(status().isOk());
        }
        var teacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        mvc.perform(get("/learning/assignments/new").with(teacher)).andExpect(status().isOk());
        mvc.perform(get("/learning/assignments/" + id + "/grading").with(teacher)).andExpect(status().isOk());
        mvc.perform(get("/learning/classes/" + fixture.a().classId() + "/gradebook").with(teacher))
                .andExpect(status().isOk());
    }

    @Test
    void theJsonApiCarriesAssignmentIdsAsTheBareNumbersItAlwaysHad() throws Exception {
        var teacher = authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)));
        String created = mvc.perform(post("/api/v1/learning/assignments").with(teacher).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"classIds": [%d], "title": "接口布置", "opensAt": "2026-01-05T08:00",
                                 "dueAt": "2031-01-06T20:00", "maxScore": 10, "latePolicy": "ACCEPT",
                                 "textAllowed": true, "filesAllowed": false, "maxFileMb": 5, "resubmission": true}
                                """.formatted(fixture.a().classId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ids[0]").isNumber())
                .andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(created, "$.ids[0]").longValue();
        mvc.perform(get("/api/v1/learning/assignments/" + id).with(teacher))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignment.id").value(id));
        long graded = fixture.a().assignmentId();
        mvc.perform(get("/api/v1/learning/assignments/" + graded + "/sheet").with(teacher))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].grade.assignmentId", hasItem(Math.toIntExact(graded))))
                .andExpect(jsonPath("$[*].attempts[*].assignmentId", hasItem(Math.toIntExact(graded))));
    }

    @Test
    void theJsonApiCarriesClassAndStudentIdsAsTheBareNumbersItAlwaysHad() throws Exception {
        var teacher = authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)));
        long graded = fixture.a().assignmentId();
        mvc.perform(get("/api/v1/learning/assignments/" + graded).with(teacher))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignment.classId").value(fixture.a().classId()));
        mvc.perform(get("/api/v1/learning/assignments/" + graded + "/sheet").with(teacher))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].attempts[*].studentId", hasItem(Math.toIntExact(fixture.a().studentId()))));
    }

    @Test
    void theJsonApiAndTheFormTakeTheLessonOfAnAssignmentAsTheBareNumberTheyAlwaysSent() throws Exception {
        var token = authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)));
        long lesson = fixture.a().lessonId();
        String json = """
                {"classIds": [%d], "title": "%s", "opensAt": "2026-01-05T08:00", "dueAt": "2031-01-06T20:00",
                 "maxScore": 10, "latePolicy": "ACCEPT", "textAllowed": true, "filesAllowed": false,
                 "maxFileMb": 5, "resubmission": true, "lessonId": %d}
                """;
        String created = mvc.perform(post("/api/v1/learning/assignments").with(token).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.formatted(fixture.a().classId(), "接口布置到课时", lesson)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Number>read(created, "$.ids[0]").longValue();
        mvc.perform(post("/learning/assignments").with(authentication(fixture.as(fixture.a().person(Role.TEACHER))))
                        .with(csrf()).param("classIds", String.valueOf(fixture.a().classId())).param("title", "表单布置到课时")
                        .param("opensAt", "2026-01-05T08:00").param("dueAt", "2031-01-06T20:00")
                        .param("maxScore", "10").param("latePolicy", "ACCEPT").param("textAllowed", "true")
                        .param("maxFileMb", "5").param("lessonId", String.valueOf(lesson)))
                .andExpect(status().is3xxRedirection());

        String inLesson = "$.units[*].lessons[?(@.id == %d)].assignments[*]".formatted(lesson);
        mvc.perform(get("/api/v1/learning/courses/" + fixture.a().courseId()).with(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath(inLesson + ".id", hasItem(Math.toIntExact(id))))
                .andExpect(jsonPath(inLesson + ".title", hasItem("表单布置到课时")));
        // the other side's lesson belongs to a course this class never had: refused as a problem, nothing set
        mvc.perform(post("/api/v1/learning/assignments").with(token).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.formatted(fixture.a().classId(), "别校课时", fixture.b().lessonId())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM learning.assignment WHERE title = '别校课时'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void timesAreShownInTheInstallationsZoneAsTheTeacherSetThem() throws Exception {
        LocalDateTime due = LocalDateTime.now().plusDays(3).withHour(21).withMinute(30).withSecond(0).withNano(0);
        AssignmentId id = assignments.set(as(Role.TEACHER), anAssignment().forClass(fixture.a().classId()).titled("晚上九点半截止")
                .instructions(null).open(due.minusDays(4), due).outOf("10").late(LatePolicy.ACCEPT).resubmittable()
                .build()).getFirst();
        assignments.publish(as(Role.TEACHER), id);
        mvc.perform(get("/learning/assignments/" + id).with(authentication(fixture.as(fixture.a().person(
                        Role.STUDENT)))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(due.toLocalDate() + " 21:30")));
    }

    @Test
    void theAssignmentFormSetsWorkAndExplainsARubricLineItCannotRead() throws Exception {
        var teacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        mvc.perform(post("/learning/assignments").with(teacher).with(csrf())
                        .param("classIds", String.valueOf(fixture.a().classId())).param("title", "表单布置")
                        .param("opensAt", "2026-01-05T08:00").param("dueAt", "2031-01-06T20:00")
                        .param("maxScore", "10").param("latePolicy", "REJECT").param("textAllowed", "true")
                        .param("maxFileMb", "5").param("rubric", "内容 优10"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 1 行")));
        mvc.perform(post("/learning/assignments").with(teacher).with(csrf())
                        .param("classIds", String.valueOf(fixture.a().classId())).param("title", "表单布置")
                        .param("opensAt", "2026-01-05T08:00").param("dueAt", "2031-01-06T20:00")
                        .param("maxScore", "10").param("latePolicy", "REJECT").param("textAllowed", "true")
                        .param("maxFileMb", "5").param("rubric", "内容：优=6；良=3\n书写：优=4；差=0"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anAssignmentFormWithoutClassesOrWithUnreadableFieldsIsShownAgain() throws Exception {
        var teacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        mvc.perform(post("/learning/assignments").with(teacher).with(csrf()).param("title", "没有班级")
                        .param("opensAt", "2026-01-05T08:00").param("dueAt", "2031-01-06T20:00")
                        .param("maxScore", "10").param("latePolicy", "REJECT").param("maxFileMb", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("没有班级")));
        mvc.perform(post("/learning/assignments").with(teacher).with(csrf())
                        .param("classIds", String.valueOf(fixture.a().classId()), "abc").param("title", "格式不对")
                        .param("opensAt", "2026-13-45T25:61").param("maxScore", "十分").param("latePolicy", "SOMETIMES")
                        .param("maxFileMb", "").param("textAllowed", "maybe"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("格式不对")));
    }

    @Test
    void aBlankNotificationKindIsIgnored() throws Exception {
        String[] kinds = java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                java.util.Arrays.stream(NotificationKind.values()).map(Enum::name)).toArray(String[]::new);
        // every kind besides the blank one, so the parent keeps being told (other tests rely on it)
        mvc.perform(post("/learning/notifications/preferences").param("kinds", kinds)
                        .with(authentication(fixture.as(fixture.a().person(Role.PARENT)))).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void adminsSeeHandInAndGradingRatesOfTheirSchoolsOnly() throws Exception {
        ActivitySummary district = summarising.of(as(Role.DISTRICT_ADMIN), 120);
        assertThat(district.classes()).extracting(ActivitySummary.Line::schoolName)
                .contains(fixture.a().school().name()).doesNotContain(fixture.b().school().name());
        ActivitySummary.Line school = district.schools().stream()
                .filter(l -> l.schoolName().equals(fixture.a().school().name())).findFirst().orElseThrow();
        assertThat(school.submitted()).isPositive();
        assertThat(school.submissionRate()).isNotNull();
        mvc.perform(get("/learning/activity").with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isOk());
    }

    @Test
    void anotherPersonsNotificationIsNotFound() {
        long theirs = jdbc.sql("INSERT INTO learning.notification (recipient, kind, subject, link, created_at) "
                        + "VALUES (?, 'GRADED', '别人的', '/learning/assignments/1', now()) RETURNING id")
                .param(fixture.b().person(Role.STUDENT).value()).query(Long.class).single();
        assertThatThrownBy(() -> notifications.open(as(Role.STUDENT), theirs)).isInstanceOf(NotFoundException.class);
    }

    private void awaitNotification(Role role, NotificationKind kind, String subject) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (notifications.list(as(role), 0, 50).items().stream()
                    .anyMatch(n -> n.kind() == kind && n.subject().equals(subject))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(role + " was not told " + kind + " " + subject);
    }
}
