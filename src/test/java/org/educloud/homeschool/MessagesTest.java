package org.educloud.homeschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.educloud.homeschool.messages.Contact;
import org.educloud.homeschool.messages.Message;
import org.educloud.homeschool.messages.Messaging;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One-to-one messages inside the school's rules: a parent writes to the teachers of their child's class, a teacher
 * to the parents of the students they teach; nobody else is reachable, and a teacher can stop receiving.
 */
@EduCloudTest
class MessagesTest {

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    Messaging messaging;
    @Autowired
    HomeMessages home;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.educloud.identity.IdentityManagement identity;

    /** A head teacher with a class of their own, one student, and that student's parent. */
    record Family(UserId teacher, UserId parent, long schoolClass) {
    }

    private Family family(String name) {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher teacher = schoolday.newTeacherWithAccount(a, name + "老师");
        UserId parent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, name + "班", teacher.staffId());
        schoolday.newStudent(a, schoolClass, name + "同学", parent);
        return new Family(teacher.account(), parent, schoolClass);
    }

    @Test
    void aParentWritesToTheChildsTeacherWhoSeesItUnreadAndReplies() throws Exception {
        Family f = family("私信");
        Scope parent = schoolday.as(f.parent());
        Scope teacher = schoolday.as(f.teacher());
        assertThat(messaging.contacts(parent)).extracting(Contact::account).contains(f.teacher());
        assertThat(messaging.contacts(teacher)).extracting(Contact::account).containsExactly(f.parent());
        long bells = bells(f.teacher());

        String thread = mvc.perform(post("/homeschool/messages").param("to", String.valueOf(f.teacher().value()))
                        .param("body", "<script>alert(1)</script>老师您好，\r\n孩子今天发烧请假。")
                        .with(authentication(tenants.as(f.parent()))).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long threadId = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));
        messaging.write(parent, f.teacher(), "谢谢！");

        assertThat(home.unread(teacher)).isEqualTo(2);
        assertThat(bells(f.teacher())).as("one bell for the unread stretch").isEqualTo(bells + 1);
        String page = mvc.perform(get("/homeschool/messages/" + threadId)
                        .with(authentication(tenants.as(f.teacher()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("孩子今天发烧请假").doesNotContain("<script>alert");
        assertThat(home.unread(teacher)).as("opening reads").isZero();
        assertThat(messaging.open(teacher, threadId).messages()).extracting(Message::body)
                .containsExactly("alert(1)老师您好，\n孩子今天发烧请假。", "谢谢！");

        assertThat(messaging.reply(teacher, threadId, "好的，祝早日康复。")).isEqualTo(threadId);
        assertThat(home.unread(parent)).isEqualTo(1);
        assertThat(messaging.threads(parent)).singleElement().satisfies(t -> {
            assertThat(t.otherName()).isEqualTo("私信老师");
            assertThat(t.unread()).isEqualTo(1);
        });
    }

    @Test
    void aParentWritingToATeacherOfAnotherClassFindsNobody() throws Exception {
        Family mine = family("本班");
        Family other = family("别班");
        assertThat(mvc.perform(post("/homeschool/messages").param("to", String.valueOf(other.teacher().value()))
                        .param("body", "您好").with(authentication(tenants.as(mine.parent()))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        long thread = messaging.write(schoolday.as(other.parent()), other.teacher(), "别班家长的私信");
        for (UserId stranger : java.util.List.of(mine.parent(), mine.teacher(), tenants.a().person(Role.SCHOOL_ADMIN))) {
            assertThat(mvc.perform(get("/homeschool/messages/" + thread).with(authentication(tenants.as(stranger))))
                    .andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThatThrownBy(() -> messaging.reply(schoolday.as(stranger), thread, "插话"))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aTeacherWhoStoppedReceivingIsNotWrittenToAndParentsReadTheAwayText() throws Exception {
        Family f = family("外出");
        long thread = messaging.write(schoolday.as(f.parent()), f.teacher(), "老师您好");
        messaging.changeSetting(schoolday.as(f.teacher()), false, "本周外出培训，请联系班主任助理。");

        assertThatThrownBy(() -> messaging.write(schoolday.as(f.parent()), f.teacher(), "在吗？"))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("messageKey",
                        "homeschool.messages.away");
        String page = mvc.perform(get("/homeschool/messages/" + thread).with(authentication(tenants.as(f.parent()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("本周外出培训");
        assertThat(messaging.reply(schoolday.as(f.teacher()), thread, "我下周回复您。"))
                .as("the teacher can still write").isEqualTo(thread);

        messaging.changeSetting(schoolday.as(f.teacher()), true, null);
        assertThat(messaging.reply(schoolday.as(f.parent()), thread, "好的")).isEqualTo(thread);
    }

    @Test
    void emptyTooLongAndTooManyMessagesAreRefusedWithAReason() {
        Family f = family("限流");
        Scope parent = schoolday.as(f.parent());
        assertThatThrownBy(() -> messaging.write(parent, f.teacher(), "  <b></b> "))
                .hasFieldOrPropertyWithValue("messageKey", "homeschool.messages.empty");
        assertThatThrownBy(() -> messaging.write(parent, f.teacher(), "字".repeat(1001)))
                .hasFieldOrPropertyWithValue("messageKey", "homeschool.messages.tooLong");
        for (int i = 0; i < 30; i++) {
            messaging.write(parent, f.teacher(), "第" + i + "条");
        }
        assertThatThrownBy(() -> messaging.write(parent, f.teacher(), "第31条"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "homeschool.messages.tooMany");
    }

    private long bells(UserId account) {
        return jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ? AND kind = 'HOME_MESSAGE'")
                .param(account.value()).query(Long.class).single();
    }

    @Test
    void aTeacherOfTwoSchoolsSwitchesTheirMessagesBetweenThem() throws Exception {
        TenantFixture.Side a = tenants.a();
        TenantFixture.Side b = tenants.b();
        SchooldayFixture.Teacher teacher = schoolday.newTeacherWithAccount(a, "两校老师");
        long inA = schoolday.newClass(a, "甲校班", teacher.staffId());
        schoolday.newStudent(a, inA, "甲校学生", schoolday.newParent(a));
        identity.grant(Scope.installation(), teacher.account(), Role.TEACHER, b.school().id());
        long staffInB = schoolday.newTeacher(b, "两校老师", teacher.account());
        long inB = schoolday.newClass(b, "乙校班", staffInB);
        schoolday.newStudent(b, inB, "乙校学生", schoolday.newParent(b));

        String all = page(teacher.account(), "/homeschool/messages");
        assertThat(all).contains("id=\"message-schools\"").contains(a.school().name()).contains(b.school().name())
                .contains("甲校学生").contains("乙校学生");
        String onlyA = page(teacher.account(), "/homeschool/messages?school=" + a.school().id().value());
        assertThat(onlyA).contains("甲校学生").doesNotContain("乙校学生");
        int notTheirs = mvc.perform(get("/homeschool/messages").param("school", "9000000000")
                        .with(authentication(tenants.as(teacher.account()))))
                .andReturn().getResponse().getStatus();
        assertThat(notTheirs).isEqualTo(404);
        assertThat(page(family("一校").teacher(), "/homeschool/messages")).as("one school: no switch")
                .doesNotContain("id=\"message-schools\"");
    }

    private String page(UserId user, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(tenants.as(user)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
