package org.educloud.homeschool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.educloud.homeschool.messages.Messaging;
import org.educloud.homeschool.notices.Audience;
import org.educloud.homeschool.notices.NoticeDraft;
import org.educloud.homeschool.notices.ReadingNotices;
import org.educloud.homeschool.notices.ReplyKind;
import org.educloud.homeschool.notices.SendingNotices;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.Notifications;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentId;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.support.SchoolInTerm;
import org.educloud.support.SchoolInTerm.Person;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Home and school talking to each other. A teacher sends a notice to the classes they teach; it waits on the home page
 * of those classes' parents, and theirs only, in {@link HomeNotices} ({@link NoticeSummary}), nearest deadline first,
 * until they confirm it or, when it asks for a reply, answer it. Parents and their children's teachers write one to
 * one, and {@link HomeMessages} counts what the reader has not opened. Homeschool publishes no events and listens to
 * none (the platform's bell is a direct call to learning's notifications): everything here is a direct call. The
 * context holds homeschool and the modules it uses directly (tenancy, identity, roster, library, learning), on an
 * empty database: one school with two third-grade classes, each with its teacher, one student and that student's
 * parent.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestContext
class HomeschoolModuleTest {

    @Autowired
    HomeNotices homeNotices;
    @Autowired
    HomeMessages homeMessages;
    @Autowired
    SendingNotices sending;
    @Autowired
    ReadingNotices reading;
    @Autowired
    Messaging messaging;
    @Autowired
    Notifications notifications;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;
    @Autowired
    Clock clock;

    SchoolInTerm school;
    Person wang;
    Person zhou;
    SchoolClassView threeOne;
    SchoolClassView threeTwo;
    Scope zhangsMother;
    Scope lisFather;

    @BeforeEach
    void twoClassesEachWithATeacherAStudentAndAParent() {
        school = SchoolInTerm.open(roster, identity, OrgTree.cityWithDistrict(tenancy, "温州市").school("温州市城区实验小学"));
        wang = school.teacher("王老师");
        zhou = school.teacher("周老师");
        Person zhang = school.student("张小明");
        Person li = school.student("李小红");
        threeOne = school.homeroom(3, "三年级(1)班", wang, List.of(zhang));
        threeTwo = school.homeroom(3, "三年级(2)班", zhou, List.of(li));
        zhangsMother = guardianOf(zhang, "张妈妈", GuardianRelation.MOTHER);
        lisFather = guardianOf(li, "李爸爸", GuardianRelation.FATHER);
    }

    @Test
    void a_notice_to_a_class_waits_for_its_parents_and_no_one_else() {
        long before = notifications.unread(zhangsMother.userId());

        long id = send(wang, aNotice("春游安排").to(threeOne));

        assertThat(homeNotices.awaiting(zhangsMother, 10)).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(id);
            assertThat(summary.title()).isEqualTo("春游安排");
            assertThat(summary.senderName()).isEqualTo("王老师");
            assertThat(summary.answered()).isFalse();
        });
        assertThat(notifications.unread(zhangsMother.userId())).as("the bell rang").isEqualTo(before + 1);
        assertThat(homeNotices.awaiting(lisFather, 10)).as("a parent of another class").isEmpty();
        assertThat(homeNotices.awaiting(wang.scope(), 10)).as("not a parent").isEmpty();
    }

    @Test
    void a_notice_the_parent_confirmed_no_longer_waits() {
        long id = send(wang, aNotice("期末安排").to(threeOne));

        reading.reply(zhangsMother, id, null);

        assertThat(homeNotices.awaiting(zhangsMother, 10)).isEmpty();
    }

    @Test
    void a_notice_asking_for_a_reply_waits_until_it_is_answered() {
        long id = send(wang, aNotice("是否参加研学").to(threeOne).asking(ReplyKind.YES_NO));

        reading.reply(zhangsMother, id, null);
        assertThat(homeNotices.awaiting(zhangsMother, 10)).as("read, not yet answered").singleElement()
                .satisfies(summary -> assertThat(summary.answered()).isTrue());

        reading.reply(zhangsMother, id, "yes");
        assertThat(homeNotices.awaiting(zhangsMother, 10)).isEmpty();
    }

    @Test
    void waiting_notices_come_nearest_deadline_first_and_no_more_than_asked() {
        send(wang, aNotice("五天后截止").to(threeOne).dueIn(Duration.ofDays(5)));
        send(wang, aNotice("两天后截止").to(threeOne).dueIn(Duration.ofDays(2)));
        send(wang, aNotice("九天后截止").to(threeOne).dueIn(Duration.ofDays(9)));

        assertThat(homeNotices.awaiting(zhangsMother, 2)).extracting(NoticeSummary::title)
                .containsExactly("两天后截止", "五天后截止");
    }

    @Test
    void a_teacher_sends_only_to_the_classes_they_teach_and_a_school_admin_to_the_whole_school() {
        assertThatThrownBy(() -> send(wang, aNotice("不是我的班").to(threeTwo)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(homeNotices.awaiting(lisFather, 10)).isEmpty();

        send(school.admin(), aNotice("全校放假通知").toTheSchool(school.school().id().value()));

        assertThat(homeNotices.awaiting(zhangsMother, 10)).extracting(NoticeSummary::title).containsExactly("全校放假通知");
        assertThat(homeNotices.awaiting(lisFather, 10)).extracting(NoticeSummary::title).containsExactly("全校放假通知");
    }

    @Test
    void a_message_from_a_parent_is_unread_for_their_childs_teacher_until_opened() {
        long thread = messaging.write(zhangsMother, wang.scope().userId(), "王老师您好，小明明天请假。");

        assertThat(homeMessages.unread(wang.scope())).isEqualTo(1);
        assertThat(homeMessages.unread(zhangsMother)).as("the writer's own message").isZero();

        messaging.open(wang.scope(), thread);
        assertThat(homeMessages.unread(wang.scope())).isZero();
    }

    @Test
    void a_parent_writes_only_to_the_teachers_of_their_own_childs_classes() {
        assertThatThrownBy(() -> messaging.write(lisFather, wang.scope().userId(), "王老师您好"))
                .isInstanceOf(NotFoundException.class);
        assertThat(homeMessages.unread(wang.scope())).isZero();
    }

    private Scope guardianOf(Person student, String name, GuardianRelation relation) {
        String username = roster.registerGuardian(school.admin(), StudentId.of(student.id()), name, null, relation, null)
                .username();
        return identity.scopeOf(identity.accountNamed(username).orElseThrow());
    }

    private long send(Person teacher, NoticeBuilder notice) {
        return send(teacher.scope(), notice);
    }

    private long send(Scope sender, NoticeBuilder notice) {
        return sending.send(sender, notice.build(), List.of());
    }

    private NoticeBuilder aNotice(String title) {
        return new NoticeBuilder(title);
    }

    /** A notice with only what a test says differently: to chosen classes, asking no reply, due in three days. */
    private final class NoticeBuilder {

        private final String title;
        private Audience audience = Audience.CLASSES;
        private Long schoolId;
        private List<Long> classes = List.of();
        private ReplyKind reply = ReplyKind.NONE;
        private Duration due = Duration.ofDays(3);

        private NoticeBuilder(String title) {
            this.title = title;
        }

        NoticeBuilder to(SchoolClassView schoolClass) {
            classes = List.of(schoolClass.id().value());
            return this;
        }

        NoticeBuilder toTheSchool(long school) {
            audience = Audience.SCHOOL;
            schoolId = school;
            return this;
        }

        NoticeBuilder asking(ReplyKind kind) {
            reply = kind;
            return this;
        }

        NoticeBuilder dueIn(Duration duration) {
            due = duration;
            return this;
        }

        NoticeDraft build() {
            return new NoticeDraft(title, "<p>" + title + "</p>", audience, schoolId, classes, List.of(), reply,
                    List.of(), clock.instant().plus(due));
        }
    }
}
