package org.educloud.demo.development;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.development.TeacherDevelopment;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.CourseDraft;
import org.educloud.learning.CourseId;
import org.educloud.learning.CourseSharing;
import org.educloud.learning.Courses;
import org.educloud.learning.LessonDraft;
import org.educloud.learning.LessonId;
import org.educloud.learning.TeacherLearners;
import org.educloud.learning.UnitId;
import org.educloud.library.Subject;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Two training programmes in progress, run by the districts' administrators through the same use cases as their
 * pages. 王老师 built a 微课 course for teachers (shared with the whole city, so both programmes may use it).
 * <ul>
 * <li>临江区's 信息技术应用能力提升工程 2.0 term: three sessions of three hours (an in-person one and a live one held,
 * one to come), the course and a task, completed at six hours. 王老师 and a colleague attended both held sessions and so
 * completed it (hours in their ledgers, certificates issued); the colleague also learnt the whole course. A third
 * teacher of 实验小学 attended one session, learnt two lessons and handed in the task, waiting for review; 陈老师 of
 * 第二实验小学 attended one and learnt one lesson. 王老师's task was accepted.</li>
 * <li>青山县's programme for its rural teachers, behind: 石门乡中心小学's teachers each attended one of the two held
 * sessions (three hours of six), 李老师 learnt one lesson and her task came back to be redone; nobody has completed.</li>
 * </ul>
 */
@Component
class DemoTraining implements DemoStep {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal TEN = new BigDecimal("10");
    private static final BigDecimal SIX = new BigDecimal("6");
    private static final BigDecimal THREE = new BigDecimal("3");

    private final TeacherDevelopment development;
    private final Courses courses;
    private final TeacherLearners learners;
    private final IdentityManagement identity;

    DemoTraining(TeacherDevelopment development, Courses courses, TeacherLearners learners,
                 IdentityManagement identity) {
        this.development = development;
        this.courses = courses;
        this.learners = learners;
        this.identity = identity;
    }

    /** After the self-assessments, in the order the demo has always loaded its programme. */
    @Override
    public int order() {
        return 1310;
    }

    @Override
    public void run(DemoContext demo) {
        Map<String, UserId> accounts = demo.accounts();
        Map<String, OrgId> places = demo.places();
        Map<OrgId, List<UserId>> teachers = DemoTeachers.bySchool(identity, demo.installation());
        List<UserId> shiyan = teachers.getOrDefault(places.get("lj-shiyan"), List.of());
        List<UserId> dier = teachers.getOrDefault(places.get("lj-dier"), List.of());
        List<UserId> shimen = teachers.getOrDefault(places.get("qs-shimen-xx"), List.of());
        UserId wang = accounts.get("teacher.wang");
        if (wang == null || shiyan.size() < 3 || dier.isEmpty() || shimen.size() < 3) {
            return;
        }
        Course course = microLessonCourse(identity.scopeOf(wang));
        linjiang(identity.scopeOf(accounts.get("linjiang.admin")), places.get("linjiang"), course, shiyan, dier);
        qingshan(identity.scopeOf(accounts.get("qingshan.admin")), places.get("qingshan"), course, shimen);
    }

    /** The course and its lessons in order. */
    private record Course(CourseId id, List<LessonId> lessons) {
    }

    private Course microLessonCourse(Scope wang) {
        CourseId course = courses.create(wang, new CourseDraft("微课设计与制作：教师研修课",
                "<p>面向全市教师的研修课程：从选题、脚本到录制、剪辑，再把微课推送到班级并看学生的学习数据。</p>",
                Subject.INFORMATION_TECHNOLOGY, null, CourseSharing.REGION));
        UnitId unit = courses.addUnit(wang, course, "微课从选题到课堂");
        List<LessonId> lessons = List.of(
                courses.addLesson(wang, course, unit, new LessonDraft("选题与脚本",
                        "<p>一节微课只讲<strong>一个知识点</strong>，5 到 8 分钟。先写脚本：画面、讲解词、学生要做什么。</p>",
                        List.of(), null)),
                courses.addLesson(wang, course, unit, new LessonDraft("录制与剪辑",
                        "<p>用电脑录屏或手机拍摄，剪掉停顿和口误，加上字幕。乡村学校网络慢时，先在本地录好再上传。</p>",
                        List.of(), null)),
                courses.addLesson(wang, course, unit, new LessonDraft("推送到班级并看数据",
                        "<p>把微课放进课程、推送到班级，课后看谁看完了、哪一段反复观看，据此调整下一节课。</p>",
                        List.of(), null)));
        courses.publish(wang, course);
        return new Course(course, lessons);
    }

    private void linjiang(Scope admin, OrgId district, Course course, List<UserId> shiyan, List<UserId> dier) {
        long programme = development.runProgramme(admin, district, "信息技术应用能力提升工程 2.0（临江区 2026 年秋季）",
                "整校推进，聚焦多媒体教学环境下的学情分析、微课设计与作业反馈。出勤、课程和作业合计满 6 学时认定 10 学时。",
                TEN, SIX);
        long first = session(admin, programme, "开班与学情分析工具", false, -42, 14, "临江区教师发展中心 302 室");
        long second = session(admin, programme, "微课设计与制作（直播）", true, -14, 19, "区研修平台直播间");
        session(admin, programme, "作业反馈与成果展示", false, 21, 14, "临江区实验小学报告厅");
        List<UserId> joined = new ArrayList<>(shiyan.subList(0, 3));
        joined.add(dier.getFirst());
        joined.forEach(teacher -> development.joinProgramme(identity.scopeOf(teacher), programme));
        development.recordAttendance(admin, programme, first, joined);
        development.recordAttendance(admin, programme, second, joined.subList(0, 2));

        development.addCourse(admin, programme, course.id(), new BigDecimal("4"));
        learn(joined.get(1), course, 3);
        learn(joined.get(2), course, 2);
        learn(joined.get(3), course, 1);
        long task = development.setTask(admin, programme, "提交一节微课的设计方案",
                "选一个知识点，写出微课脚本（画面、讲解词、学生活动）和推送后准备看的学习数据。", new BigDecimal("2"));
        development.handIn(identity.scopeOf(joined.get(0)), programme, task,
                "三年级《分数的初步认识》：折纸演示二分之一，6 分钟。推送后看每个学生是否看完、第 2 分钟的折法是否反复观看。");
        development.reviewHandIn(admin, programme, task, joined.get(0), true, "脚本清楚，学生活动设计得好。");
        development.handIn(identity.scopeOf(joined.get(2)), programme, task,
                "四年级《角的度量》：量角器的使用，7 分钟，先演示再让学生跟着量课本上的三个角。");
    }

    private void qingshan(Scope admin, OrgId county, Course course, List<UserId> shimen) {
        long programme = development.runProgramme(admin, county, "乡村教师信息技术应用能力提升（青山县 2026 年秋季）",
                "送培下乡与线上研修结合，帮助乡村教师用好国家中小学智慧教育平台的资源。合计满 6 学时认定 10 学时。",
                TEN, SIX);
        long visit = session(admin, programme, "送培下乡：数字资源进课堂", false, -35, 9, "石门乡中心小学会议室");
        long live = session(admin, programme, "智慧教育平台备课与推送（直播）", true, -7, 19, "县研修平台直播间");
        session(admin, programme, "乡村课堂展示与研讨", false, 14, 9, "青山县实验小学");
        List<UserId> joined = shimen.subList(0, 3);
        joined.forEach(teacher -> development.joinProgramme(identity.scopeOf(teacher), programme));
        // the live session reached only the one teacher whose connection held; the others missed it
        development.recordAttendance(admin, programme, visit, joined.subList(0, 2));
        development.recordAttendance(admin, programme, live, joined.subList(2, 3));
        development.addCourse(admin, programme, course.id(), new BigDecimal("4"));
        learn(joined.getFirst(), course, 1);
        long task = development.setTask(admin, programme, "用平台资源上一节课并写教学反思",
                "选用国家中小学智慧教育平台的一个资源上一节课，写 300 字左右的反思：用在哪一环节，学生反应如何。",
                new BigDecimal("2"));
        development.handIn(identity.scopeOf(joined.getFirst()), programme, task, "用平台上的《搭船的鸟》朗读视频导入，学生很感兴趣。");
        development.reviewHandIn(admin, programme, task, joined.getFirst(), false,
                "请补充：视频用在哪个环节、学生读得怎么样、下次准备怎么改。");
    }

    /** A session of three hours, {@code days} from today (China time) at the hour given. */
    private long session(Scope admin, long programme, String title, boolean live, int days, int hour, String place) {
        LocalDateTime at = LocalDateTime.now(CHINA).plusDays(days).withHour(hour).withMinute(0).withSecond(0).withNano(0);
        return development.addSession(admin, programme, title, live, at, THREE, place);
    }

    /** The teacher marks the first {@code lessons} lessons of the course learnt, on the course as a learner. */
    private void learn(UserId teacher, Course course, int lessons) {
        Scope scope = identity.scopeOf(teacher);
        course.lessons().subList(0, lessons).forEach(lesson -> learners.markLearnt(scope, course.id(), lesson));
    }
}
