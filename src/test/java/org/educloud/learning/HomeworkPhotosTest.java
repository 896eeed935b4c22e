package org.educloud.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.Homework;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Homework as photos (issue 26 items 2 and 10): a teacher sets work with its files in one form, students hand in
 * photos whatever their phone calls them, and the teacher grades beside the photo, marks it, and returns the marked
 * photo, which the student and parents see. Uses the demo class of 王老师, where 张同学 studies.
 */
@EduCloudTest
class HomeworkPhotosTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterDirectory roster;
    @Autowired
    Assignments assignments;
    @Autowired
    Submissions submissions;
    @Autowired
    Grading grading;
    @Autowired
    TenantFixture fixture;

    private UserId demo(String username) {
        return new UserId(jdbc.sql("SELECT id FROM identity.account WHERE username = ?").param(username)
                .query(Long.class).single());
    }

    private Scope scope(String username) {
        return identity.scopeOf(demo(username));
    }

    private Authentication as(String username) {
        return fixture.as(demo(username));
    }

    private long wangsClass() {
        return roster.taughtClasses(scope("teacher.wang")).getFirst().id().value();
    }

    /** Published photo homework for 王老师's class: photos (jpg) and PDFs, resubmission allowed. */
    private AssignmentId photoHomework(String title) {
        LocalDateTime now = LocalDateTime.now();
        AssignmentId id = assignments.set(scope("teacher.wang"), new AssignmentDraft(List.of(ClassId.of(wangsClass())), title,
                "<p>拍照上传练习纸。</p>", now.minusHours(1), now.plusDays(2), BigDecimal.TEN,
                LatePolicy.ACCEPT_MARKED, true, true, List.of("jpg", "pdf"), 10, true, null, null)).getFirst();
        assignments.publish(scope("teacher.wang"), id);
        return id;
    }

    private SubmissionView handIn(AssignmentId assignmentId, Upload... files) {
        return submissions.submit(scope("student.zhang"), assignmentId, UUID.randomUUID(), null, List.of(files));
    }

    private static Upload upload(String name, byte[] bytes) {
        return new Upload(name, bytes.length, new ByteArrayResource(bytes));
    }

    @Test
    void aTeacherSetsAnAssignmentWithItsFilesInOneForm() throws Exception {
        byte[] sheet = Homework.answerPdf("Worksheet 8");
        String location = mvc.perform(multipart("/learning/assignments")
                        .file(new MockMultipartFile("files", "练习纸.pdf", "application/pdf", sheet))
                        .file(new MockMultipartFile("files", "题目.jpeg", "image/jpeg", Homework.worksheetPhoto()))
                        .with(authentication(as("teacher.wang"))).with(csrf())
                        .param("classIds", String.valueOf(wangsClass())).param("title", "一步布置：带附件")
                        .param("opensAt", "2026-01-05T08:00").param("dueAt", "2031-01-06T20:00")
                        .param("maxScore", "10").param("latePolicy", "ACCEPT").param("filesAllowed", "true")
                        .param("fileTypes", "jpg, pdf").param("maxFileMb", "10"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        AssignmentId id = AssignmentId.of(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));

        assertThat(assignments.detail(scope("teacher.wang"), id).files()).extracting(AttachedFile::name)
                .containsExactly("练习纸.pdf", "题目.jpeg");
    }

    @Test
    void aRefusedAssignmentFormSaysItsFilesMustBeChosenAgain() throws Exception {
        mvc.perform(multipart("/learning/assignments")
                        .file(new MockMultipartFile("files", "练习纸.pdf", "application/pdf",
                                Homework.answerPdf("Worksheet"))).with(authentication(as("teacher.wang"))).with(csrf())
                        .param("classIds", String.valueOf(wangsClass())).param("title", "截止早于开始")
                        .param("opensAt", "2031-01-06T08:00").param("dueAt", "2031-01-05T20:00")
                        .param("maxScore", "10").param("latePolicy", "ACCEPT").param("textAllowed", "true")
                        .param("maxFileMb", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("重新选择附件")));
    }

    @Test
    void aTeacherWithOneClassFindsItTickedOnTheForm() throws Exception {
        long only = fixture.a().classId();
        mvc.perform(get("/learning/assignments/new").with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"classIds\" value=\"" + only + "\" checked")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void studentsHandInJpegAndIphonePhotosWhereTheTeacherAllowedJpg() {
        AssignmentId id = photoHomework("拍照作业：jpeg 与 HEIC");
        SubmissionView attempt = handIn(id, upload("IMG_0001.jpeg", Homework.worksheetPhoto()),
                upload("IMG_0002.HEIC", Homework.iphonePhoto()));

        assertThat(attempt.files()).extracting(AttachedFile::mediaType).containsExactly("image/jpeg", "image/heic");
        assertThat(assignments.detail(scope("student.zhang"), id).accept()).contains(".jpeg", ".heic", ".heif");
    }

    @Test
    void anIphonePhotoIsShownAndMarkedAsAJpegCopyWhenTheServerCanConvertIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(
                java.nio.file.Path.of("/usr/bin/heif-convert")), "heif-convert not installed (libheif-examples)");
        AssignmentId id = photoHomework("拍照作业：iPhone 照片");
        SubmissionView attempt = handIn(id, upload("IMG_0420.HEIC", Homework.realIphonePhoto()));
        long file = attempt.files().getFirst().id();
        var teacher = authentication(as("teacher.wang"));

        mvc.perform(get("/learning/assignments/" + id + "/grading").param("student", String.valueOf(attempt.studentId()))
                        .with(teacher))
                .andExpect(content().string(containsString("class=\"work-image\"")))
                .andExpect(content().string(containsString("已转为 JPEG 显示")))
                .andExpect(content().string(containsString("data-annotate")));
        mvc.perform(get("/learning/submissions/" + attempt.id() + "/files/" + file).param("inline", "true")
                        .with(teacher))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", containsString("inline")));
        // the download is still the photo as it was handed in
        mvc.perform(get("/learning/submissions/" + attempt.id() + "/files/" + file).with(teacher))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/heic"));
    }

    @Test
    void theGradingPageShowsPhotosAndPdfsBesideTheScoreAndSaveAndNextSkipsStudentsWithNothing() throws Exception {
        AssignmentId id = photoHomework("拍照作业：批改页");
        SubmissionView attempt = handIn(id, upload("练习.jpg", Homework.worksheetPhoto()),
                upload("练习.pdf", Homework.answerPdf("3/4 = 0.75")), upload("IMG_0003.heic", Homework.iphonePhoto()));
        List<StudentWork> sheet = grading.sheet(scope("teacher.wang"), id);
        // a classmate at one end of the roster hands in too; everyone between them and 张同学 handed in nothing
        StudentWork classmate = !sheet.getFirst().studentId().equals(attempt.studentId()) ? sheet.getFirst()
                : sheet.getLast();
        classmateHandsIn(id, classmate);
        boolean classmateFirst = classmate == sheet.getFirst();
        long earlier = (classmateFirst ? classmate.studentId() : attempt.studentId()).value();
        long later = (classmateFirst ? attempt.studentId() : classmate.studentId()).value();
        assertThat(Math.abs(sheet.indexOf(classmate) - sheet.stream().map(StudentWork::studentId).toList()
                .indexOf(attempt.studentId()))).isGreaterThan(1);
        var teacher = authentication(as("teacher.wang"));

        mvc.perform(get("/learning/assignments/" + id + "/grading").param("student", String.valueOf(attempt.studentId()))
                        .with(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"work-image\"")))
                .andExpect(content().string(containsString("class=\"work-pdf\"")))
                .andExpect(content().string(containsString("/files/" + attempt.files().getFirst().id() + "?inline=true")))
                .andExpect(content().string(containsString("HEIC")))
                .andExpect(content().string(containsString("id=\"annotate-canvas\"")));
        // "save and next" goes from one who handed in to the next who did, past everyone who handed in nothing
        mvc.perform(get("/learning/assignments/" + id + "/grading").param("student", String.valueOf(earlier))
                        .with(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"next\" value=\"" + later + "\"")));

        mvc.perform(get("/learning/submissions/" + attempt.id() + "/files/" + attempt.files().getFirst().id())
                        .param("inline", "true").with(teacher))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")));
        mvc.perform(get("/learning/submissions/" + attempt.id() + "/files/" + attempt.files().get(1).id())
                        .param("inline", "true").with(teacher))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Security-Policy", "frame-ancestors 'self'"));
        // a HEIC photo is not something a browser shows: it stays a download
        mvc.perform(get("/learning/submissions/" + attempt.id() + "/files/" + attempt.files().get(2).id())
                        .param("inline", "true").with(teacher))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    @Test
    void aMarkedPhotoSavedWithTheGradeIsReturnedToTheStudentAndParentsWhoSeeIt() throws Exception {
        AssignmentId id = photoHomework("拍照作业：批注发回");
        SubmissionView attempt = handIn(id, upload("练习.jpg", Homework.worksheetPhoto()));
        long student = attempt.studentId().value();

        mvc.perform(multipart("/learning/assignments/" + id + "/grades/" + student)
                        .file(new MockMultipartFile("feedbackFile", "批注.jpg", "image/jpeg", Homework.worksheetPhoto()))
                        .param("score", "9").param("feedback", "第 3 题再想想。").param("release", "true")
                        .with(authentication(as("teacher.wang"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String inline = "/learning/assignments/" + id + "/grades/" + student + "/feedback-file?inline=true";
        for (String reader : List.of("student.zhang", "parent.zhang")) {
            mvc.perform(get("/learning/assignments/" + id).with(authentication(as(reader))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(inline)))
                    .andExpect(content().string(containsString("第 3 题再想想。")));
            mvc.perform(get(inline).with(authentication(as(reader))))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/jpeg"));
        }
    }

    @Test
    void gradesAreReleasedFromTheGradingPageWhichComesBack() throws Exception {
        AssignmentId id = photoHomework("拍照作业：在批改页发回");
        SubmissionView attempt = handIn(id, upload("练习.jpg", Homework.worksheetPhoto()));
        grading.grade(scope("teacher.wang"), id, attempt.studentId(),
                new GradeDraft(BigDecimal.TEN, null, null), null);
        var teacher = authentication(as("teacher.wang"));
        String page = "/learning/assignments/" + id + "/grading?student=" + attempt.studentId();

        mvc.perform(get(page).with(teacher))
                .andExpect(content().string(containsString("id=\"release-all\"")));
        mvc.perform(post("/learning/assignments/" + id + "/release").param("student",
                        String.valueOf(attempt.studentId())).with(teacher).with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(teacher))
                .andExpect(content().string(not(containsString("id=\"release-all\""))));
    }

    @Test
    void aFeedbackFileBeyondTheBoundIsRefusedBeforeItIsRead() {
        AssignmentId id = photoHomework("拍照作业：过大的批注");
        SubmissionView attempt = handIn(id, upload("练习.jpg", Homework.worksheetPhoto()));
        Upload huge = new Upload("批注.jpg", (Grading.MAX_FEEDBACK_FILE_MB + 1) * 1024L * 1024L,
                new ByteArrayResource(new byte[0]));

        assertThatThrownBy(() -> grading.grade(scope("teacher.wang"), id, attempt.studentId(),
                new GradeDraft(BigDecimal.ONE, null, null), huge))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "learning.error.fileTooLarge");
    }

    @Test
    void aTeacherOfAnotherSchoolNeitherSeesNorMarksTheWork() throws Exception {
        AssignmentId id = photoHomework("拍照作业：别校老师");
        SubmissionView attempt = handIn(id, upload("练习.jpg", Homework.worksheetPhoto()));
        var stranger = authentication(fixture.as(fixture.b().person(Role.TEACHER)));

        mvc.perform(get("/learning/submissions/" + attempt.id() + "/files/" + attempt.files().getFirst().id())
                        .param("inline", "true").with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/learning/assignments/" + id + "/grades/" + attempt.studentId())
                        .file(new MockMultipartFile("feedbackFile", "批注.jpg", "image/jpeg", Homework.worksheetPhoto()))
                        .param("score", "1").with(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(grading.sheet(scope("teacher.wang"), id))
                .filteredOn(w -> w.studentId().equals(attempt.studentId())).singleElement().extracting(StudentWork::grade).isNull();
    }

    @Test
    void aClassPageLinksToItsAssignmentsGradebookAndDisplayAndNamesItsGrade() throws Exception {
        long classId = wangsClass();
        var teacher = authentication(as("teacher.wang"));
        mvc.perform(get("/roster/classes/" + classId).with(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>三年级</dd>")))
                .andExpect(content().string(containsString("/learning/assignments?classId=" + classId)))
                .andExpect(content().string(containsString("/learning/classes/" + classId + "/gradebook")))
                .andExpect(content().string(containsString("/library/classes/" + classId + "/display")));
        mvc.perform(get("/roster/classes/" + classId).with(teacher).cookie(new jakarta.servlet.http.Cookie(
                        "educloud-lang", "en")))
                .andExpect(content().string(containsString("<dd>Grade 3</dd>")));
        mvc.perform(get("/learning/assignments").param("classId", String.valueOf(classId)).with(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("折纸找二分之一")));
        mvc.perform(get("/learning/assignments").param("classId", "-1").with(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("折纸找二分之一"))));
    }

    /** A classmate without an account of their own: their attempt is recorded as the hand-in would record it. */
    private void classmateHandsIn(AssignmentId assignmentId, StudentWork classmate) {
        jdbc.sql("""
                        INSERT INTO learning.submission (assignment_id, student_id, student_name, student_account,
                            school_path, attempt, answer, submitted_at, late, token)
                        SELECT a.id, ?, ?, a.teacher_account, a.school_path, 1, '<p>1/4 + 2/4 = 3/4</p>', ?, false, ?
                        FROM learning.assignment a WHERE a.id = ?""")
                .params(classmate.studentId().value(), classmate.studentName(), Timestamp.from(Instant.now()),
                        UUID.randomUUID(), assignmentId.value()).update();
    }
}
