package org.educloud.demo.schoolday;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.demo.people.DemoRoster;
import org.educloud.demo.steps.DemoContext;
import org.educloud.demo.steps.DemoStep;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.ClassId;
import org.educloud.roster.Gender;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.Specialist;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.StaffView;
import org.educloud.schoolday.attendance.LeaveRequests;
import org.educloud.schoolday.attendance.Mark;
import org.educloud.schoolday.attendance.MarkInput;
import org.educloud.schoolday.attendance.Rolls;
import org.educloud.schoolday.timetables.BellPeriod;
import org.educloud.schoolday.timetables.BellSchedules;
import org.educloud.schoolday.timetables.ChangeDraft;
import org.educloud.schoolday.timetables.ChangeKind;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.PeriodKind;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Each demo school's bell schedule (早读, six lessons, 大课间, 午休, 自习) and the timetables of its 三年级(1)班 and
 * 四年级(1)班, with specialist teachers shared between the two classes in periods that never clash; a substitute
 * lesson this week; and the head teacher's daily roll for the school days of the past week, with a few absences,
 * a late arrival and an approved leave request from 张小明's father.
 */
@Component
class DemoSchoolday implements DemoStep {

    private static final int[] LESSON_POSITIONS = {2, 3, 5, 6, 8, 9};

    /** Periods down, Monday to Friday across. */
    private static final String[][] GRADE_3 = {
            {"语文", "数学", "语文", "数学", "语文"},
            {"数学", "语文", "数学", "语文", "数学"},
            {"英语", "体育", "科学", "英语", "道德与法治"},
            {"体育", "音乐", "英语", "美术", "体育"},
            {"美术", "科学", "道德与法治", "音乐", "班会"},
            {"书法", "英语", "体育", "综合实践", "劳动"}};
    private static final String[][] GRADE_4 = {
            {"数学", "语文", "数学", "语文", "数学"},
            {"语文", "数学", "语文", "数学", "语文"},
            {"体育", "英语", "英语", "科学", "英语"},
            {"英语", "美术", "体育", "音乐", "道德与法治"},
            {"科学", "体育", "音乐", "道德与法治", "体育"},
            {"书法", "综合实践", "劳动", "班会", "阅读"}};
    private static final Map<String, String> ROOMS = Map.of("科学", "科学室", "音乐", "音乐室", "美术", "美术室");

    private final BellSchedules bells;
    private final Timetables timetables;
    private final Rolls rolls;
    private final LeaveRequests leave;
    private final RosterManagement roster;
    private final RosterDirectory directory;
    private final IdentityManagement identity;
    private final Clock clock;

    DemoSchoolday(BellSchedules bells, Timetables timetables, Rolls rolls, LeaveRequests leave, RosterManagement roster,
                  RosterDirectory directory, IdentityManagement identity, Clock clock) {
        this.bells = bells;
        this.timetables = timetables;
        this.rolls = rolls;
        this.leave = leave;
        this.roster = roster;
        this.directory = directory;
        this.identity = identity;
        this.clock = clock;
    }

    /** After the roster's classes. */
    @Override
    public int order() {
        return 500;
    }

    @Override
    public void run(DemoContext demo) {
        load(demo.installation(), demo.places(), demo.accounts(), demo.get(DemoRoster.CLASSES));
    }

    void load(Scope installation, Map<String, OrgId> places, Map<String, UserId> accounts,
                     Map<String, DemoRoster.DemoClass> classes) {
        school(installation, places.get("lj-shiyan"), classes.get("lj-shiyan"), accounts.get("teacher.wang"),
                accounts.get("parent.zhang"), new String[] {"刘春梅", "陈晓燕", "杨立新", "黄慧敏", "赵永红", "吴婷婷"});
        school(installation, places.get("qs-shimen-xx"), classes.get("qs-shimen-xx"), accounts.get("teacher.li"), null,
                new String[] {"周玉兰", "徐海涛", "孙丽华", "胡建军", "郭晓红", "何文斌"});
    }

    private void school(Scope installation, @Nullable OrgId school, DemoRoster.@Nullable DemoClass grade3,
                        @Nullable UserId headTeacher, @Nullable UserId parent, String[] names) {
        if (school == null || grade3 == null || headTeacher == null) {
            return;
        }
        SchoolClassView third = directory.roster(installation, ClassId.of(grade3.classId())).schoolClass();
        SchoolClassView fourth = directory.classes(installation, school, 4, 0, 5).items().getFirst();
        bellSchedule(installation, school.value(), third.termId().value());
        Map<String, Long> staff = new HashMap<>();
        for (StaffView s : directory.staff(installation, null, school, 0, 50).items()) {
            staff.put(s.staffNumber(), s.id());
        }
        Map<String, Long> shared = Map.of("英语", teacher(installation, school, "T501", names[0], "英语"),
                "科学", teacher(installation, school, "T502", names[1], "科学"),
                "音乐", teacher(installation, school, "T503", names[2], "音乐"),
                "美术", teacher(installation, school, "T504", names[3], "美术"));
        long chinese3 = teacher(installation, school, "T305", names[4], "语文");
        long chinese4 = teacher(installation, school, "T405", names[5], "语文");
        timetable(installation, third.id().value(), GRADE_3, shared, Map.of("语文", chinese3, "书法", chinese3,
                "道德与法治", chinese3, "数学", staff.get("T301"), "班会", staff.get("T301"), "体育", staff.get("T302")));
        timetable(installation, fourth.id().value(), GRADE_4, shared, Map.of("语文", chinese4, "书法", chinese4,
                "道德与法治", chinese4, "数学", staff.get("T401"), "班会", staff.get("T401"), "体育", staff.get("T402")));
        LocalDate today = LocalDate.now(clock);
        LocalDate wednesday = today.with(DayOfWeek.WEDNESDAY);
        // the grade-4 Chinese teacher has 数学 free in their class then (first period, Wednesday), so covers grade 3
        if (timetables.scheduleOf(third).map(s -> s.covers(wednesday)).orElse(false)) {
            timetables.change(installation, third.id().value(), new ChangeDraft(wednesday, LESSON_POSITIONS[0],
                    ChangeKind.SUBSTITUTE, "语文", chinese4, null, "原任课教师外出参加区教研活动"));
        }
        attendance(identity.scopeOf(headTeacher), grade3, parent, today);
    }

    private void bellSchedule(Scope installation, long school, long term) {
        Object[][] periods = {
                {"早读", PeriodKind.MORNING_READING, "07:40", "08:00"},
                {"第1节", PeriodKind.LESSON, "08:00", "08:40"},
                {"第2节", PeriodKind.LESSON, "08:50", "09:30"},
                {"大课间", PeriodKind.BREAK, "09:30", "10:00"},
                {"第3节", PeriodKind.LESSON, "10:00", "10:40"},
                {"第4节", PeriodKind.LESSON, "10:50", "11:30"},
                {"午餐午休", PeriodKind.LUNCH, "11:30", "13:30"},
                {"第5节", PeriodKind.LESSON, "13:40", "14:20"},
                {"第6节", PeriodKind.LESSON, "14:30", "15:10"},
                {"自习", PeriodKind.SELF_STUDY, "15:20", "16:00"}};
        for (int i = 0; i < periods.length; i++) {
            bells.setPeriod(installation, school, term, new BellPeriod(i + 1, (String) periods[i][0],
                    (PeriodKind) periods[i][1], LocalTime.parse((String) periods[i][2]),
                    LocalTime.parse((String) periods[i][3])));
        }
    }

    private long teacher(Scope installation, OrgId school, String number, String name, String subject) {
        return roster.registerStaff(installation, school, new StaffDraft(number, name, Gender.FEMALE, null, subject,
                Qualification.BACHELOR, ProfessionalTitle.SECOND, BackboneLevel.NONE, true, Specialist.NONE), null)
                .personId();
    }

    private void timetable(Scope installation, long classId, String[][] subjects, Map<String, Long> shared,
                           Map<String, Long> own) {
        for (int p = 0; p < subjects.length; p++) {
            for (int d = 0; d < subjects[p].length; d++) {
                String subject = subjects[p][d];
                Long teacher = own.containsKey(subject) ? own.get(subject) : shared.get(subject);
                timetables.setLesson(installation, classId, new LessonDraft(d + 1, LESSON_POSITIONS[p], subject, teacher,
                        ROOMS.get(subject)));
            }
        }
    }

    /** The head teacher's day roll for each school day of the past week (today's is left for the visitor). */
    private void attendance(Scope head, DemoRoster.DemoClass grade3, @Nullable UserId parent, LocalDate today) {
        List<DemoRoster.DemoStudent> students = grade3.students();
        LocalDate leaveDay = null;
        for (int back = 7; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            if (leaveDay == null && parent != null && !students.isEmpty()) {
                leaveDay = day;
                long request = leave.request(identity.scopeOf(parent), students.getFirst().studentId(), day, day,
                        "发烧，在家休息一天");
                leave.decide(head, request, true);
            }
            Map<Long, MarkInput> marks = new HashMap<>();
            int n = back;
            if (students.size() > 5) {
                marks.put(students.get(1 + n % 4).studentId(), new MarkInput(Mark.LATE, "早上堵车"));
                if (n % 2 == 0) {
                    marks.put(students.get(5).studentId(), new MarkInput(Mark.ABSENT, null));
                }
            }
            rolls.take(head, grade3.classId(), day, 0, marks);
        }
    }
}
