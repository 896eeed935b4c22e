package org.educloud.homeschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.educloud.homeschool.notices.Audience;
import org.educloud.homeschool.notices.NoticeDraft;
import org.educloud.homeschool.notices.ReadingNotices;
import org.educloud.homeschool.notices.ReplyKind;
import org.educloud.homeschool.notices.SendingNotices;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.NotificationKind;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class NoticesTest {

    @Autowired
    TenantFixture fixture;
    @Autowired
    HomeschoolFixture notices;
    @Autowired
    SendingNotices sending;
    @Autowired
    ReadingNotices reading;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private Scope a(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    private NoticeDraft draft(String title, String body, ReplyKind kind, List<String> choices) {
        return new NoticeDraft(title, body, Audience.CLASSES, null, List.of(fixture.a().classId()), List.of(), kind,
                choices, Instant.now().plus(3, ChronoUnit.DAYS));
    }

    private long bells(TenantFixture.Side side, NotificationKind kind, String subject) {
        return jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ? AND kind = ? AND subject = ?")
                .params(side.person(Role.PARENT).value(), kind.name(), subject).query(Long.class).single();
    }

    @Test
    void teacherSendsParentSignsAndTeacherSeesTheReceiptOfTheClass() throws Exception {
        String title = "关于秋游的通知" + System.nanoTime();
        mvc.perform(multipart("/homeschool/notices")
                        .file(new MockMultipartFile("files", "路线图.png", "image/png", HomeschoolFixture.PIXEL))
                        .param("title", title).param("body", "<p>周五秋游，请家长签字。</p><script>alert('x')</script>")
                        .param("audience", "CLASSES").param("classIds", String.valueOf(fixture.a().classId()))
                        .param("replyKind", "SIGNATURE").param("deadline", "2099-01-01T20:00")
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM homeschool.notice WHERE title = ?").param(title).query(Long.class).single();
        assertThat(jdbc.sql("SELECT body FROM homeschool.notice WHERE id = ?").param(id).query(String.class).single())
                .as("scripts are dropped when the notice is stored").contains("周五秋游").doesNotContain("script");
        assertThat(bells(fixture.a(), NotificationKind.HOME_NOTICE, title)).isEqualTo(1);

        var parent = authentication(fixture.as(fixture.a().person(Role.PARENT)));
        mvc.perform(get("/home").with(parent)).andExpect(status().isOk()).andExpect(content().string(
                org.hamcrest.Matchers.containsString(title)));
        mvc.perform(get("/homeschool/notices/" + id).with(parent)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("周五秋游")));
        mvc.perform(post("/homeschool/notices/" + id + "/reply").param("answer", "王芳").with(parent).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var receipts = reading.receipts(a(Role.TEACHER), id);
        assertThat(receipts).singleElement().satisfies(c -> {
            assertThat(c.read()).isEqualTo(1);
            assertThat(c.replied()).isEqualTo(1);
            assertThat(c.families()).singleElement().satisfies(f -> assertThat(f.receipt().answer()).isEqualTo("王芳"));
        });
        mvc.perform(get("/homeschool/notices/" + id).with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("王芳")));
        assertThat(reading.awaiting(a(Role.PARENT), 20)).noneMatch(g -> g.notice().id() == id);
    }

    @Test
    void theSenderRemindsOnlyThoseWhoHaveNotAnsweredAndNotTwiceInAFewMinutes() {
        String title = "请回复是否参加家长会" + System.nanoTime();
        long id = sending.send(a(Role.TEACHER), draft(title, "周六上午家长会", ReplyKind.YES_NO, List.of()), List.of());
        assertThat(sending.remind(a(Role.TEACHER), id)).isEqualTo(1);
        assertThat(bells(fixture.a(), NotificationKind.HOME_NOTICE_REMINDER, title)).isEqualTo(1);
        assertThatThrownBy(() -> sending.remind(a(Role.TEACHER), id)).isInstanceOf(RuleViolationException.class);

        reading.reply(a(Role.PARENT), id, "yes");
        jdbc.sql("UPDATE homeschool.notice SET reminded_at = NULL WHERE id = ?").param(id).update();
        assertThat(sending.remind(a(Role.TEACHER), id)).as("everyone has answered").isZero();
    }

    @Test
    void aReplyMustFitTheFormAndAChoiceMustBeOneOffered() {
        long id = sending.send(a(Role.TEACHER), draft("校服尺码" + System.nanoTime(), "请选择尺码", ReplyKind.CHOICE,
                List.of("130", "140", "150")), List.of());
        assertThatThrownBy(() -> reading.reply(a(Role.PARENT), id, "160")).isInstanceOf(RuleViolationException.class);
        reading.reply(a(Role.PARENT), id, "140");
        assertThat(reading.asGuardian(a(Role.PARENT), id).mine().answer()).isEqualTo("140");
        assertThatThrownBy(() -> sending.send(a(Role.TEACHER), draft("只有一个选项", "x", ReplyKind.CHOICE,
                List.of("唯一")), List.of())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aParentOfAnotherClassNeitherSeesNorRepliesToTheNotice() {
        long id = notices.noticeOf(fixture.a())[0];
        Scope otherParent = identity.scopeOf(fixture.b().person(Role.PARENT));
        assertThatThrownBy(() -> reading.reply(otherParent, id, "李四")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.asGuardian(otherParent, id)).isInstanceOf(NotFoundException.class);
        assertThat(reading.received(otherParent)).noneMatch(g -> g.notice().id() == id);
        assertThatThrownBy(() -> reading.receipts(identity.scopeOf(fixture.b().person(Role.TEACHER)), id))
                .isInstanceOf(NotFoundException.class);
        assertThat(reading.receipts(a(Role.SCHOOL_ADMIN), id)).as("the school's admins see it").isNotEmpty();
    }

    @Test
    void aTeacherSendsOnlyToTheirOwnClassesAndOnlyAdminsToAGradeOrTheSchool() {
        assertThatThrownBy(() -> sending.send(a(Role.TEACHER), new NoticeDraft("越界", "x", Audience.CLASSES, null,
                List.of(fixture.b().classId()), List.of(), ReplyKind.NONE, List.of(), Instant.now().plusSeconds(3600)),
                List.of())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sending.send(a(Role.TEACHER), new NoticeDraft("全校", "x", Audience.SCHOOL,
                fixture.a().school().id().value(), List.of(), List.of(), ReplyKind.NONE, List.of(),
                Instant.now().plusSeconds(3600)), List.of())).isInstanceOf(ForbiddenException.class);
        String title = "全校放假通知" + System.nanoTime();
        sending.send(a(Role.SCHOOL_ADMIN), new NoticeDraft(title, "元旦放假三天", Audience.GRADES,
                fixture.a().school().id().value(), List.of(), List.of(3), ReplyKind.NONE, List.of(),
                Instant.now().plusSeconds(3600)), List.of());
        assertThat(reading.received(a(Role.PARENT))).anyMatch(g -> g.notice().title().equals(title));
        assertThatThrownBy(() -> sending.send(a(Role.SCHOOL_ADMIN), new NoticeDraft("过期", "x", Audience.SCHOOL,
                fixture.a().school().id().value(), List.of(), List.of(), ReplyKind.NONE, List.of(),
                Instant.now().minusSeconds(60)), List.of())).isInstanceOf(RuleViolationException.class);
    }
}
