package org.educloud.homeschool;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.educloud.homeschool.notices.Audience;
import org.educloud.homeschool.notices.NoticeDraft;
import org.educloud.homeschool.notices.ReplyKind;
import org.educloud.homeschool.notices.SendingNotices;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Notices over JSON: a parent lists, reads and signs; the sender reads the receipts; others get problem details. */
@EduCloudTest
class NoticeApiTest {

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    SendingNotices sending;
    @Autowired
    HomeschoolFixture notices;
    @Autowired
    MockMvc mvc;

    @Test
    void aParentSignsANoticeOverTheApiAndTheSenderReadsTheReceipts() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher teacher = schoolday.newTeacherWithAccount(a, "接口通知老师");
        UserId parent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "接口通知班", teacher.staffId());
        schoolday.newStudent(a, schoolClass, "接口签字生", parent);
        schoolday.newStudent(a, schoolClass, "接口未读生", null);
        long id = sending.send(schoolday.as(teacher.account()), new NoticeDraft("接口告知书", "<p>请签字</p>",
                Audience.CLASSES, null, List.of(schoolClass), List.of(), ReplyKind.SIGNATURE, List.of(),
                Instant.now().plus(2, ChronoUnit.DAYS)), List.of());

        mvc.perform(get("/api/v1/homeschool/notices").with(authentication(tenants.asTokenHolder(parent))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received[0].notice.id").value(id))
                .andExpect(jsonPath("$.received[0].notice.replyKind").value("SIGNATURE"))
                .andExpect(jsonPath("$.received[0].mine").doesNotExist());
        mvc.perform(post("/api/v1/homeschool/notices/{id}/reply", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\":\"\"}").with(authentication(tenants.asTokenHolder(parent))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/homeschool/notices/{id}/reply", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\":\"接口家长\"}").with(authentication(tenants.asTokenHolder(parent))).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/homeschool/notices/{id}", id).with(authentication(tenants.asTokenHolder(parent))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notice.body").value("<p>请签字</p>"))
                .andExpect(jsonPath("$.mine.answer").value("接口家长"));

        mvc.perform(get("/api/v1/homeschool/notices").with(authentication(tenants.asTokenHolder(teacher.account()))))
                .andExpect(jsonPath("$.sent[0].notice.id").value(id))
                .andExpect(jsonPath("$.sent[0].read").value(1))
                .andExpect(jsonPath("$.sent[0].replied").value(1));
        mvc.perform(get("/api/v1/homeschool/notices/{id}/receipts", id).with(authentication(tenants.asTokenHolder(teacher.account()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].read").value(1))
                .andExpect(jsonPath("$[0].families[?(@.studentName == '接口签字生')].receipt.answer").value("接口家长"))
                .andExpect(jsonPath("$[0].families[?(@.studentName == '接口未读生')].reachable").value(false));
        mvc.perform(get("/api/v1/homeschool/notices/{id}/receipts", id).with(authentication(tenants.asTokenHolder(parent))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherSchoolsParentAndTeacherGetNotFoundProblems() throws Exception {
        long other = notices.noticeOf(tenants.b())[0];
        mvc.perform(post("/api/v1/homeschool/notices/{id}/confirm", other)
                        .with(authentication(tenants.asTokenHolder(tenants.a().person(Role.PARENT)))).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/not-found"));
        mvc.perform(get("/api/v1/homeschool/notices/{id}/receipts", other)
                        .with(authentication(tenants.asTokenHolder(tenants.a().person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
    }
}
