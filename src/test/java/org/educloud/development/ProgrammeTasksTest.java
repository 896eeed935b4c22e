package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.educloud.development.programmes.CompletionRule;
import org.educloud.development.programmes.JoiningProgrammes;
import org.educloud.development.programmes.ProgrammeForm;
import org.educloud.development.programmes.ProgrammeTasks;
import org.educloud.development.programmes.RunningProgrammes;
import org.educloud.development.programmes.SessionForm;
import org.educloud.development.programmes.SessionMode;
import org.educloud.development.programmes.TaskForm;
import org.educloud.development.programmes.TaskStatus;
import org.educloud.identity.IdentityManagement;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.ConflictException;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Tasks inside a programme: a participant hands in (with an evidence file if they like), the organiser returns or
 * accepts, and acceptance counts; the file is the teacher's and the organisers' only.
 */
@EduCloudTest
class ProgrammeTasksTest {

    @Autowired
    RunningProgrammes running;
    @Autowired
    JoiningProgrammes joining;
    @Autowired
    ProgrammeTasks tasks;
    @Autowired
    TenantFixture fixture;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    IdentityManagement identity;
    @Autowired
    MockMvc mvc;

    private UserId teacher;
    private Scope district;
    private long id;
    private long session;
    private long task;

    @BeforeEach
    void aProgrammeWithASessionAndATask() {
        teacher = schoolday.newTeacherWithAccount(fixture.a(), "作业测试老师").account();
        district = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        id = running.create(district, fixture.a().district().id(), new ProgrammeForm("作业研修", "", new BigDecimal("8"),
                CompletionRule.ALL_SESSIONS, null, null, null, null, null, null, null));
        session = running.addSession(district, id, new SessionForm("面授", SessionMode.IN_PERSON,
                LocalDateTime.of(2026, 11, 7, 9, 0), new BigDecimal("3"), null));
        task = tasks.add(district, id, new TaskForm("一节课的教学设计", "用数字资源设计一节课", new BigDecimal("2")));
    }

    private boolean completed() {
        return joining.seen(identity.scopeOf(teacher), id).own().completed();
    }

    @Test
    void aReturnedTaskIsHandedInAgainAndOnlyItsAcceptanceCompletesTheProgramme() throws Exception {
        joining.join(identity.scopeOf(teacher), id);
        running.recordAttendance(district, id, session, List.of(teacher.value()));
        mvc.perform(post("/development/programmes/" + id + "/tasks/" + task + "/submission").param("body", "第一稿")
                .with(csrf()).with(authentication(fixture.as(teacher)))).andExpect(status().is3xxRedirection());
        assertThat(completed()).isFalse();

        mvc.perform(post("/development/programmes/" + id + "/tasks/" + task + "/submissions/" + teacher.value()
                        + "/review").param("accept", "false").param("feedback", "请补充评价环节").with(csrf())
                .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.own(identity.scopeOf(teacher), id).getFirst().status()).isEqualTo(TaskStatus.RETURNED);
        assertThat(completed()).isFalse();

        tasks.submit(identity.scopeOf(teacher), id, task, "第二稿，补充了评价环节");
        tasks.review(district, id, task, teacher.value(), true, null);
        assertThat(completed()).isTrue();
        assertThatThrownBy(() -> tasks.submit(identity.scopeOf(teacher), id, task, "第三稿"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyParticipantsHandInAndOnlyTheOrganiserReviews() throws Exception {
        assertThatThrownBy(() -> tasks.submit(identity.scopeOf(teacher), id, task, "没报名"))
                .isInstanceOf(NotFoundException.class);
        joining.join(identity.scopeOf(teacher), id);
        tasks.submit(identity.scopeOf(teacher), id, task, "作业");
        mvc.perform(post("/development/programmes/" + id + "/tasks/" + task + "/submissions/" + teacher.value()
                        + "/review").param("accept", "true").with(csrf())
                .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN))))).andExpect(status().isNotFound());
        mvc.perform(post("/development/programmes/" + id + "/tasks/" + task + "/submissions/" + teacher.value()
                        + "/review").param("accept", "true").with(csrf())
                .with(authentication(fixture.as(teacher)))).andExpect(status().isNotFound());
        assertThat(completed()).isFalse();
    }

    @Test
    void anEmptyOrMarkedUpHandInIsRefusedWithAMessage() throws Exception {
        joining.join(identity.scopeOf(teacher), id);
        mvc.perform(post("/development/programmes/" + id + "/tasks/" + task + "/submission").param("body", "<script>")
                        .with(csrf()).with(authentication(fixture.as(teacher))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("不能包含尖括号")));
        mvc.perform(post("/development/programmes/" + id + "/tasks").param("title", "").param("hours", "2")
                        .with(csrf()).with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("必填")));
    }

    private static final byte[] PDF = "%PDF-1.4\n%作业证明\n".getBytes(StandardCharsets.UTF_8);

    private String submission() {
        return "/development/programmes/" + id + "/tasks/" + task + "/submission";
    }

    private String evidence() {
        return "/development/programmes/" + id + "/tasks/" + task + "/submissions/" + teacher.value() + "/evidence";
    }

    @Test
    void aHandInsEvidenceFileIsForTheTeacherAndTheOrganiserAndStaysWhenHandedInAgainWithoutOne() throws Exception {
        joining.join(identity.scopeOf(teacher), id);
        mvc.perform(multipart(submission()).file(new MockMultipartFile("evidence", "教学设计.pdf", "application/pdf", PDF))
                        .param("body", "教学设计见附件").with(csrf()).with(authentication(fixture.as(teacher))))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.own(identity.scopeOf(teacher), id).getFirst().evidenceName()).isEqualTo("教学设计.pdf");

        mvc.perform(get(evidence()).with(authentication(fixture.as(teacher))))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        mvc.perform(get(evidence()).with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk());

        tasks.review(district, id, task, teacher.value(), false, "请补充评价环节");
        mvc.perform(multipart(submission()).param("body", "补充了评价环节，附件不变").with(csrf())
                .with(authentication(fixture.as(teacher)))).andExpect(status().is3xxRedirection());
        mvc.perform(get(evidence()).with(authentication(fixture.as(teacher))))
                .andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
    }

    @Test
    void anotherTeacherOrAnAdministratorWhoDoesNotRunTheProgrammeFindsNoEvidenceFile() throws Exception {
        joining.join(identity.scopeOf(teacher), id);
        mvc.perform(multipart(submission()).file(new MockMultipartFile("evidence", "教学设计.pdf", "application/pdf", PDF))
                        .param("body", "教学设计见附件").with(csrf()).with(authentication(fixture.as(teacher))))
                .andExpect(status().is3xxRedirection());
        UserId colleague = schoolday.newTeacherWithAccount(fixture.a(), "同校参训老师").account();
        joining.join(identity.scopeOf(colleague), id);

        mvc.perform(get(evidence()).with(authentication(fixture.as(colleague)))).andExpect(status().isNotFound());
        mvc.perform(get(evidence()).with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isNotFound());
        mvc.perform(get(evidence()).with(authentication(fixture.as(fixture.b().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEvidenceFileOfADisallowedKindIsRefusedWithAMessageAndNothingIsHandedIn() throws Exception {
        joining.join(identity.scopeOf(teacher), id);
        mvc.perform(multipart(submission()).file(new MockMultipartFile("evidence", "作业.pdf", "application/pdf",
                                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                        .param("body", "作业见附件").with(csrf()).with(authentication(fixture.as(teacher))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("证明材料只能是 PDF、JPG 或 PNG 文件")));
        assertThat(tasks.own(identity.scopeOf(teacher), id)).isEmpty();
    }

    @Test
    void anEvidenceFileOverFiveMegabytesIsRefusedWithAMessageAndNothingIsHandedIn() throws Exception {
        joining.join(identity.scopeOf(teacher), id);
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        mvc.perform(multipart(submission()).file(new MockMultipartFile("evidence", "录像.pdf", "application/pdf", large))
                        .param("body", "作业见附件").with(csrf()).with(authentication(fixture.as(teacher))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("证明材料不能超过 5 MB")));
        assertThat(tasks.own(identity.scopeOf(teacher), id)).isEmpty();
    }
}
