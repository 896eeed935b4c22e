package org.educloud.demo.homeschool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.demo.people.DemoRoster;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.homeschool.notices.Audience;
import org.educloud.homeschool.notices.NoticeDraft;
import org.educloud.homeschool.notices.ReadingNotices;
import org.educloud.homeschool.notices.ReplyKind;
import org.educloud.homeschool.notices.SendingNotices;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/** Two notices in 实验小学: one signed by a parent, one still waiting for him. */
@Component
class DemoNotices implements DemoStep {

    private final SendingNotices sending;
    private final ReadingNotices reading;
    private final IdentityManagement identity;
    private final RosterDirectory roster;
    private final Clock clock;

    DemoNotices(SendingNotices sending, ReadingNotices reading, IdentityManagement identity, RosterDirectory roster,
                Clock clock) {
        this.sending = sending;
        this.reading = reading;
        this.identity = identity;
        this.roster = roster;
        this.clock = clock;
    }

    /** After the roster's classes. */
    @Override
    public int order() {
        return 600;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.accounts(), demo.get(DemoRoster.CLASSES));
    }

    void load(Map<String, UserId> accounts, Map<String, DemoRoster.DemoClass> classes) {
        Scope teacher = identity.scopeOf(accounts.get("teacher.wang"));
        Scope admin = identity.scopeOf(accounts.get("shiyan.admin"));
        Scope parent = identity.scopeOf(accounts.get("parent.zhang"));
        long classId = classes.get("lj-shiyan").classId();
        Instant now = clock.instant();
        long sportsDay = sending.send(teacher, new NoticeDraft("关于秋季运动会的通知",
                """
                各位家长：

                本周五（上午 8:00–11:30）学校举行秋季运动会，请为孩子准备运动服、运动鞋和水杯，当天不必带书包。

                如孩子身体不适不宜参加比赛项目，请在回执中说明。请于周四晚 8 点前签字确认。

                三年级(1)班 王老师""",
                Audience.CLASSES, null, List.of(classId), List.of(), ReplyKind.SIGNATURE, List.of(),
                now.plus(Duration.ofDays(3))), List.of());
        reading.reply(parent, sportsDay, "张建华");
        long school = roster.taughtClasses(teacher).stream().filter(c -> c.id().value() == classId)
                .map(SchoolClassView::schoolId).findFirst().orElseThrow().value();
        sending.send(admin, new NoticeDraft("冬季流感预防提醒",
                """
                各位家长：

                近期流感进入高发期。请每天早上为孩子测量体温，如有发热、咳嗽等症状，请在家休息并及时告知班主任。

                学校每天对教室通风消毒，请提醒孩子勤洗手、戴口罩。

                实验小学教务处""",
                Audience.GRADES, school, List.of(), List.of(3), ReplyKind.NONE, List.of(),
                now.plus(Duration.ofDays(5))), List.of());
    }
}
