package org.educloud.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentDraft;
import org.educloud.learning.Assignments;
import org.educloud.learning.CourseDraft;
import org.educloud.learning.CourseSharing;
import org.educloud.learning.Courses;
import org.educloud.learning.GradeDraft;
import org.educloud.learning.Grading;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.LessonDraft;
import org.educloud.learning.Rubric;
import org.educloud.learning.Submissions;
import org.educloud.library.Subject;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * 王老师's learning space: a fractions course shared with the district and attached to her class, with work in each
 * state — handed in and returned, due tomorrow and not yet handed in, and one with a rubric due next week.
 */
@Component
class DemoLearning {

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

    void load(Map<String, UserId> accounts, Map<String, Long> resources) {
        UserId wang = accounts.get("teacher.wang");
        UserId zhang = accounts.get("student.zhang");
        if (wang == null || zhang == null || !resources.containsKey("fractions")) {
            return;
        }
        Scope teacher = identity.scopeOf(wang);
        Scope student = identity.scopeOf(zhang);
        long course = courses.create(teacher, new CourseDraft("三年级上册·分数的初步认识",
                "<p>用折纸、分蛋糕认识<strong>几分之一</strong>和<strong>几分之几</strong>，会比较简单分数的大小。</p>",
                Subject.MATHEMATICS, 3, CourseSharing.DISTRICT));
        long unit = courses.addUnit(teacher, course, "第八单元 分数的初步认识");
        long first = courses.addLesson(teacher, course, unit, new LessonDraft("几分之一",
                "<p>把一张纸平均分成 2 份，每份是它的<strong>二分之一</strong>。先看课件，再动手折一折。</p>",
                List.of(resources.get("fractions")), null));
        long second = courses.addLesson(teacher, course, unit, new LessonDraft("几分之几",
                "<p>平均分成 4 份，取其中 3 份，就是四分之三。</p>", List.of(), null));
        long third = courses.addLesson(teacher, course, unit, new LessonDraft("周长复习",
                "<p>用分层练习复习长方形和正方形的周长。</p>", List.of(resources.get("perimeter")), null));
        courses.publish(teacher, course);
        long classId = roster.taughtClasses(teacher).getFirst().id();
        courses.attach(teacher, course, List.of(classId));

        LocalDateTime now = LocalDateTime.now(clock);
        long folding = assignments.set(teacher, new AssignmentDraft(List.of(classId), "折纸找二分之一",
                "<p>用一张正方形纸折出它的二分之一，有几种折法？写下来或拍照上传。</p>", now.minusDays(3),
                now.minusDays(1), BigDecimal.TEN, LatePolicy.ACCEPT_MARKED, true, true, List.of("jpg", "png", "pdf"),
                10, false, null, first)).getFirst();
        assignments.publish(teacher, folding);
        var attempt = submissions.submit(student, folding, UUID.randomUUID(),
                "<p>我找到了 3 种折法：对边折、对角折，还有先对折再斜着折。</p>", List.of());
        grading.grade(teacher, folding, attempt.studentId(), new GradeDraft(new BigDecimal("9"), null,
                "<p>想得很全面！第三种折法要说清楚为什么两部分一样大。</p>"), null);
        grading.release(teacher, folding);

        long threeQuarters = assignments.set(teacher, new AssignmentDraft(List.of(classId), "涂一涂：四分之三",
                "<p>在练习纸上涂出四分之三，并说说你是怎么想的。</p>", now.minusHours(2), now.plusDays(1),
                BigDecimal.TEN, LatePolicy.ACCEPT_MARKED, true, false, null, 10, true, null, second)).getFirst();
        assignments.publish(teacher, threeQuarters);

        Rubric rubric = new Rubric(List.of(
                new Rubric.Criterion("计算正确", List.of(new Rubric.Level("全对", BigDecimal.valueOf(60)),
                        new Rubric.Level("错 1–2 题", BigDecimal.valueOf(40)), new Rubric.Level("错 3 题以上",
                                BigDecimal.valueOf(20)))),
                new Rubric.Criterion("书写清楚", List.of(new Rubric.Level("清楚", BigDecimal.valueOf(40)),
                        new Rubric.Level("需改进", BigDecimal.valueOf(20))))));
        long perimeter = assignments.set(teacher, new AssignmentDraft(List.of(classId), "周长分层练习（A 组）",
                "<p>完成分层练习 A 组 6 题，拍照上传。</p>", now.minusHours(1), now.plusDays(6),
                BigDecimal.valueOf(100), LatePolicy.REJECT, false, true, List.of("jpg", "png", "pdf"), 10, true,
                rubric, third)).getFirst();
        assignments.publish(teacher, perimeter);
    }
}
