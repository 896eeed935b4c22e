package org.educloud.demo.courses;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.demo.people.DemoRoster;
import org.educloud.demo.resources.DemoLibrary;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.learning.CourseDraft;
import org.educloud.learning.CourseId;
import org.educloud.learning.CourseSharing;
import org.educloud.learning.Courses;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.LessonDraft;
import org.educloud.learning.LessonId;
import org.educloud.learning.Rubric;
import org.educloud.learning.Submissions;
import org.educloud.learning.UnitId;
import org.educloud.library.ResourceId;
import org.educloud.library.Subject;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * 王老师's learning space: a fractions course shared with the district and attached to her class, with work in each
 * state — handed in and returned, due tomorrow and not yet handed in, and one with a rubric due next week — and a
 * class exercise most of her class handed in, most of it graded and returned. 李老师's rural class has work handed in and returned
 * and work waiting for her to grade. Answers and feedback are plain text, as people type them.
 */
@Component
class DemoLearning implements DemoStep {

    private final Courses courses;
    private final Assignments assignments;
    private final Submissions submissions;
    private final Grading grading;
    private final IdentityManagement identity;
    private final RosterDirectory roster;
    private final Clock clock;

    DemoLearning(Courses courses, Assignments assignments, Submissions submissions, Grading grading,
                 IdentityManagement identity, RosterDirectory roster, Clock clock) {
        this.roster = roster;
        this.courses = courses;
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
        this.identity = identity;
        this.clock = clock;
    }

    /** After the roster's classes and the library's resources. */
    @Override
    public int order() {
        return 300;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.accounts(), demo.get(DemoLibrary.RESOURCES), demo.get(DemoRoster.CLASSES));
    }

    void load(Map<String, UserId> accounts, Map<String, Long> resources, Map<String, DemoRoster.DemoClass> classes) {
        UserId wang = accounts.get("teacher.wang");
        UserId zhang = accounts.get("student.zhang");
        if (wang == null || zhang == null || !resources.containsKey("fractions")) {
            return;
        }
        wangsClass(accounts, resources, classes.get("lj-shiyan"));
        lisClass(identity.scopeOf(accounts.get("teacher.li")), classes.get("qs-shimen-xx"));
    }

    private void wangsClass(Map<String, UserId> accounts, Map<String, Long> resources, DemoRoster.DemoClass demoClass) {
        UserId wang = accounts.get("teacher.wang");
        UserId zhang = accounts.get("student.zhang");
        Scope teacher = identity.scopeOf(wang);
        Scope student = identity.scopeOf(zhang);
        CourseId course = courses.create(teacher, new CourseDraft("三年级上册·分数的初步认识",
                "<p>用折纸、分蛋糕认识<strong>几分之一</strong>和<strong>几分之几</strong>，会比较简单分数的大小。</p>",
                Subject.MATHEMATICS, 3, CourseSharing.DISTRICT));
        UnitId unit = courses.addUnit(teacher, course, "第八单元 分数的初步认识");
        LessonId first = courses.addLesson(teacher, course, unit, new LessonDraft("几分之一",
                "<p>把一张纸平均分成 2 份，每份是它的<strong>二分之一</strong>。先看课件，再动手折一折。</p>",
                List.of(ResourceId.of(resources.get("fractions"))), null));
        LessonId second = courses.addLesson(teacher, course, unit, new LessonDraft("几分之几",
                "<p>平均分成 4 份，取其中 3 份，就是四分之三。</p>", List.of(), null));
        LessonId third = courses.addLesson(teacher, course, unit, new LessonDraft("周长复习",
                "<p>用分层练习复习长方形和正方形的周长。</p>", List.of(ResourceId.of(resources.get("perimeter"))), null));
        courses.publish(teacher, course);
        ClassId classId = roster.taughtClasses(teacher).getFirst().id();
        courses.attach(teacher, course, List.of(classId));

        LocalDateTime now = LocalDateTime.now(clock);
        AssignmentId folding = assignments.set(teacher, new AssignmentDraft(List.of(classId), "折纸找二分之一",
                "<p>用一张正方形纸折出它的二分之一，有几种折法？写下来或拍照上传。</p>", now.minusDays(3),
                now.minusDays(1), BigDecimal.TEN, LatePolicy.ACCEPT_MARKED, true, true, List.of("jpg", "png", "pdf"),
                10, false, null, first)).getFirst();
        assignments.publish(teacher, folding);
        var attempt = submissions.submit(student, folding, UUID.randomUUID(),
                "我找到了 3 种折法：对边折、对角折，还有先对折再斜着折。", List.of());
        grading.grade(teacher, folding, attempt.studentId(), new GradeDraft(new BigDecimal("9"), null,
                "想得很全面！第三种折法要说清楚为什么两部分一样大。"), null);
        grading.release(teacher, folding);

        AssignmentId threeQuarters = assignments.set(teacher, new AssignmentDraft(List.of(classId), "涂一涂：四分之三",
                "<p>在练习纸上涂出四分之三，并说说你是怎么想的。</p>", now.minusHours(2), now.plusDays(1),
                BigDecimal.TEN, LatePolicy.ACCEPT_MARKED, true, false, null, 10, true, null, second)).getFirst();
        assignments.publish(teacher, threeQuarters);

        Rubric rubric = new Rubric(List.of(
                new Rubric.Criterion("计算正确", List.of(new Rubric.Level("全对", BigDecimal.valueOf(60)),
                        new Rubric.Level("错 1–2 题", BigDecimal.valueOf(40)), new Rubric.Level("错 3 题以上",
                                BigDecimal.valueOf(20)))),
                new Rubric.Criterion("书写清楚", List.of(new Rubric.Level("清楚", BigDecimal.valueOf(40)),
                        new Rubric.Level("需改进", BigDecimal.valueOf(20))))));
        AssignmentId perimeter = assignments.set(teacher, new AssignmentDraft(List.of(classId), "周长分层练习（A 组）",
                "<p>完成分层练习 A 组 6 题，拍照上传。</p>", now.minusHours(1), now.plusDays(6),
                BigDecimal.valueOf(100), LatePolicy.REJECT, false, true, List.of("jpg", "png", "pdf"), 10, true,
                rubric, third)).getFirst();
        assignments.publish(teacher, perimeter);

        AssignmentId seconds = assignments.set(teacher, new AssignmentDraft(List.of(classId), "一分钟能做什么",
                "<p>学了“秒”以后，请家长帮忙计时：一分钟能跳绳多少下、写多少个字、拍多少次球？选一项记下来。</p>",
                now.minusDays(5), dueToday(now), BigDecimal.TEN, LatePolicy.ACCEPT_MARKED, true, false, null, 10,
                false, null, null)).getFirst();
        assignments.publish(teacher, seconds);
        handInAndGrade(teacher, seconds, BigDecimal.TEN, demoClass, 0.85, 0.75, List.of(
                "我一分钟跳绳跳了 112 下，妈妈帮我计时。", "一分钟我写了 18 个字，写得很工整。",
                "我一分钟拍球拍了 95 次，比爸爸还多。", "一分钟可以读完课文的两个自然段。"), List.of(
                "记录很清楚，坚持练习还能更快！", "计时的方法对了，下次试试别的项目。", "很好，说明你认真体验了一分钟有多长。"));
    }

    /** 李老师's 三年级(1)班: a worksheet handed in and returned, and observation diaries waiting to be graded. */
    private void lisClass(Scope teacher, DemoRoster.DemoClass demoClass) {
        LocalDateTime now = LocalDateTime.now(clock);
        AssignmentId sums = assignments.set(teacher, new AssignmentDraft(List.of(ClassId.of(demoClass.classId())), "同分母分数加减 口算练习",
                "<p>完成口算练习 20 题，把做错的题改正后写下来。</p>", now.minusDays(4), dueToday(now),
                BigDecimal.valueOf(20), LatePolicy.ACCEPT_MARKED, true, false, null, 10, false, null, null)).getFirst();
        assignments.publish(teacher, sums);
        handInAndGrade(teacher, sums, BigDecimal.valueOf(20), demoClass, 0.8, 1.0, List.of("全部做完了，第 7 题和第 12 题做错了，已经改正。",
                "20 题做对 18 题。错题：5/8 - 2/8 = 3/8。", "都做对了！分母不变，分子相加减。"), List.of(
                "改错很认真。", "分母相同时只算分子，记住了就不会错。", "全对，继续保持！"));

        AssignmentId diary = assignments.set(teacher, new AssignmentDraft(List.of(ClassId.of(demoClass.classId())), "观察日记：村里的一种小动物",
                "<p>学习《搭船的鸟》的观察方法，观察一种小动物，写一篇观察日记（200 字左右）。</p>", now.minusDays(1),
                now.plusDays(5), BigDecimal.TEN, LatePolicy.ACCEPT_MARKED, true, false, null, 10, true, null, null))
                .getFirst();
        assignments.publish(teacher, diary);
        handInAndGrade(teacher, diary, BigDecimal.TEN, demoClass, 0.5, 0.0, List.of(
                "我家的大黄狗耳朵竖着，看见我放学回来就摇尾巴跑过来。", "屋檐下的燕子每天飞进飞出，原来它们在喂小燕子。",
                "早上我看见一只公鸡站在草垛上，脖子一伸，“喔喔喔”叫起来。"), List.of());
    }

    /**
     * Tonight, so that the work handed in now is on time and the assignment already counts in the hand-in rates of
     * the dashboards (which count assignments due by today).
     */
    private static LocalDateTime dueToday(LocalDateTime now) {
        LocalDateTime tonight = now.toLocalDate().atTime(23, 59);
        return tonight.isAfter(now.plusMinutes(10)) ? tonight : now.plusMinutes(30);
    }

    /**
     * Most of the class hand in (a fixed share, always the same students), and the teacher grades a share of the
     * handed-in work with plain-text feedback and releases those grades; the rest wait in her grading queue.
     */
    private void handInAndGrade(Scope teacher, AssignmentId assignment, BigDecimal max,
                                DemoRoster.DemoClass demoClass, double handedIn, double graded, List<String> answers,
                                List<String> feedback) {
        List<DemoRoster.DemoStudent> students = demoClass.students();
        int handing = (int) Math.round(students.size() * handedIn);
        int toGrade = (int) Math.round(handing * graded);
        for (int i = 0; i < handing; i++) {
            DemoRoster.DemoStudent s = students.get(i);
            submissions.submit(identity.scopeOf(s.account()), assignment, UUID.randomUUID(),
                    answers.get(i % answers.size()), List.of());
            if (i < toGrade) {
                BigDecimal score = max.subtract(BigDecimal.valueOf((i * 7L) % 4)).max(BigDecimal.ZERO);
                grading.grade(teacher, assignment, StudentId.of(s.studentId()), new GradeDraft(score, null,
                        feedback.get(i % feedback.size())), null);
            }
        }
        if (toGrade > 0) {
            grading.release(teacher, assignment);
        }
    }
}
