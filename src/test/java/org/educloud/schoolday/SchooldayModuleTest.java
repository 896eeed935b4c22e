package org.educloud.schoolday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.Notifications;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentId;
import org.educloud.roster.TermView;
import org.educloud.schoolday.attendance.LeaveRequests;
import org.educloud.schoolday.attendance.Mark;
import org.educloud.schoolday.attendance.MarkInput;
import org.educloud.schoolday.attendance.Rolls;
import org.educloud.schoolday.timetables.BellPeriod;
import org.educloud.schoolday.timetables.BellSchedules;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.PeriodKind;
import org.educloud.schoolday.timetables.Timetables;
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
 * The school day as other modules read it. Head teachers take the roll; the days a student missed without leave make
 * them chronically absent in {@link AttendanceFigures} ({@link ChronicAbsence}), a day of approved leave is recorded
 * but not missed, and parents hear of an absence without leave the same day. A class's weekly timetable tells
 * {@link SubjectTeaching} which subjects a teacher teaches there ({@link TaughtSubjects}). Schoolday publishes no
 * events of its own and listens to none: everything here is a direct call. The context holds schoolday and every
 * module below it (with its direct dependencies only, learning, which tells the parents, misses the library's
 * beans), on an empty database: one school in its autumn term, with a class of two led by its head teacher.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestContext
class SchooldayModuleTest {

    private static final int FIRST_LESSON = 1;
    private static final int SECOND_LESSON = 2;

    @Autowired
    AttendanceFigures figures;
    @Autowired
    SubjectTeaching teaching;
    @Autowired
    Rolls rolls;
    @Autowired
    LeaveRequests leave;
    @Autowired
    Timetables timetables;
    @Autowired
    BellSchedules bells;
    @Autowired
    Notifications notifications;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    IdentityManagement identity;
    @Autowired
    RosterManagement roster;
    @Autowired
    RosterDirectory directory;
    @Autowired
    Clock clock;

    OrgTree city;
    SchoolInTerm school;
    Person head;
    Person zhang;
    Person li;
    SchoolClassView threeOne;
    Scope zhangsMother;
    LocalDate today;

    @BeforeEach
    void aClassOfTwoWithItsHeadTeacher() {
        today = LocalDate.now(clock);
        city = OrgTree.cityWithDistrict(tenancy, "泉州市");
        school = SchoolInTerm.open(roster, identity, city.school("泉州市城区实验小学"));
        head = school.teacher("陈老师");
        zhang = school.student("张小明");
        li = school.student("李小红");
        threeOne = classLedBy(head, "三年级(1)班", zhang, li);
        zhangsMother = guardianOf(zhang);
    }

    @Test
    void days_missed_without_leave_make_a_student_chronically_absent() {
        rollsOfPastDays(4, Map.of(1, zhang, 2, zhang));

        List<ChronicAbsence> chronic = figures.chronicAbsence(school.admin(), school.school().path(), today.minusDays(10),
                today, AttendanceFigures.CHRONIC_SHARE);

        assertThat(chronic).singleElement().satisfies(absence -> {
            assertThat(absence.student()).isEqualTo(StudentId.of(zhang.id()));
            assertThat(absence.schoolClass()).isEqualTo(threeOne.id());
            assertThat(absence.daysRecorded()).isEqualTo(4);
            assertThat(absence.daysMissed()).isEqualTo(2);
            assertThat(absence.share()).isEqualTo(0.5);
        });
    }

    @Test
    void every_student_with_a_roll_has_their_recorded_days_answered_absent_or_not() {
        rollsOfPastDays(3, Map.of(1, zhang));

        assertThat(figures.recordedDays(school.admin(), school.school().path(), today.minusDays(10), today))
                .extracting(ChronicAbsence::student, ChronicAbsence::daysRecorded, ChronicAbsence::daysMissed)
                .containsExactly(
                        tuple(StudentId.of(zhang.id()), 3, 1),
                        tuple(StudentId.of(li.id()), 3, 0));
    }

    @Test
    void parents_are_told_of_an_absence_without_leave_once_that_day() {
        long before = notifications.unread(zhangsMother.userId());

        assertThat(rolls.take(head.scope(), threeOne.id().value(), today, 0, absent(zhang))).isEqualTo(1);
        assertThat(rolls.take(head.scope(), threeOne.id().value(), today, 0, absent(zhang)))
                .as("the roll taken again the same day").isZero();

        assertThat(notifications.unread(zhangsMother.userId())).isEqualTo(before + 1);
    }

    @Test
    void a_day_of_approved_leave_is_recorded_but_neither_missed_nor_told() {
        LocalDate yesterday = today.minusDays(1);
        long request = leave.request(zhangsMother, zhang.id(), yesterday, yesterday, "发烧，去医院");
        leave.decide(head.scope(), request, true);

        assertThat(rolls.take(head.scope(), threeOne.id().value(), yesterday, 0, absent(zhang)))
                .as("parents told").isZero();

        assertThat(figures.recordedDays(school.admin(), school.school().path(), yesterday, yesterday))
                .filteredOn(days -> days.student().equals(StudentId.of(zhang.id()))).singleElement()
                .satisfies(days -> {
                    assertThat(days.daysRecorded()).isEqualTo(1);
                    assertThat(days.daysMissed()).isZero();
                });
        assertThat(figures.chronicAbsence(school.admin(), school.school().path(), yesterday, yesterday,
                AttendanceFigures.CHRONIC_SHARE)).isEmpty();
    }

    @Test
    void a_teacher_teaches_in_a_class_the_subjects_its_timetable_gives_them() {
        Person wang = school.teacher("王老师");
        Person zhou = school.teacher("周老师");
        bellsOfTheSchool();
        lesson(threeOne, 1, FIRST_LESSON, "语文", wang);
        lesson(threeOne, 2, FIRST_LESSON, "书法", wang);
        lesson(threeOne, 1, SECOND_LESSON, "数学", zhou);

        assertThat(teaching.subjectsTaught(wang.scope(), threeOne.id()))
                .isEqualTo(new TaughtSubjects(true, Set.of("语文", "书法")));
        assertThat(teaching.subjectsTaught(head.scope(), threeOne.id()))
                .as("the head teacher, with no lesson of their own").isEqualTo(new TaughtSubjects(true, Set.of()));
    }

    @Test
    void a_class_without_weekly_lessons_says_nothing_about_who_teaches_what() {
        assertThat(teaching.subjectsTaught(head.scope(), threeOne.id())).isEqualTo(new TaughtSubjects(false, Set.of()));
    }

    @Test
    void callers_who_neither_run_the_school_nor_teach_the_class_read_nothing_of_it() {
        rollsOfPastDays(2, Map.of(1, zhang, 2, zhang));
        SchoolInTerm elsewhere = SchoolInTerm.open(roster, identity, OrgTree.cityWithDistrict(tenancy, "漳州市")
                .school("漳州市城区小学"));
        Person colleague = school.teacher("赵老师");
        classLedBy(colleague, "三年级(2)班");

        assertThat(chronicAbsence(elsewhere.admin())).as("another school's admin").isEmpty();
        assertThat(chronicAbsence(colleague.scope())).as("the head teacher of another class").isEmpty();
        assertThat(chronicAbsence(zhangsMother)).as("a parent").isEmpty();
        assertThat(chronicAbsence(head.scope())).as("the class's own head teacher").hasSize(1);
        assertThatThrownBy(() -> teaching.subjectsTaught(elsewhere.admin(), threeOne.id()))
                .isInstanceOf(NotFoundException.class);
    }

    private List<ChronicAbsence> chronicAbsence(Scope caller) {
        return figures.chronicAbsence(caller, school.school().path(), today.minusDays(10), today,
                AttendanceFigures.CHRONIC_SHARE);
    }

    /** The day's roll of each of the last {@code days} days, with these students absent {@code days back}. */
    private void rollsOfPastDays(int days, Map<Integer, Person> absentDaysBack) {
        for (int back = 1; back <= days; back++) {
            Person absentee = absentDaysBack.get(back);
            rolls.take(head.scope(), threeOne.id().value(), today.minusDays(back), 0,
                    absentee == null ? Map.of() : absent(absentee));
        }
    }

    private static Map<Long, MarkInput> absent(Person student) {
        return Map.of(student.id(), new MarkInput(Mark.ABSENT, null));
    }

    private SchoolClassView classLedBy(Person headTeacher, String name, Person... students) {
        TermView term = directory.terms(school.admin(), school.school().id()).getFirst();
        SchoolClassView schoolClass = roster.openClass(school.admin(), school.school().id(),
                new ClassDraft(term.id().value(), 3, name, ClassKind.HOMEROOM, headTeacher.id()));
        for (Person student : students) {
            roster.enrol(school.admin(), StudentId.of(student.id()), schoolClass.id(), term.startsOn());
        }
        return schoolClass;
    }

    private Scope guardianOf(Person student) {
        String username = roster.registerGuardian(school.admin(), StudentId.of(student.id()), student.name() + "妈妈",
                null, GuardianRelation.MOTHER, null).username();
        return identity.scopeOf(identity.accountNamed(username).orElseThrow());
    }

    private void bellsOfTheSchool() {
        long term = directory.terms(school.admin(), school.school().id()).getFirst().id().value();
        long schoolId = school.school().id().value();
        bells.setPeriod(school.admin(), schoolId, term, new BellPeriod(FIRST_LESSON, "第1节", PeriodKind.LESSON,
                LocalTime.of(8, 0), LocalTime.of(8, 40)));
        bells.setPeriod(school.admin(), schoolId, term, new BellPeriod(SECOND_LESSON, "第2节", PeriodKind.LESSON,
                LocalTime.of(8, 50), LocalTime.of(9, 30)));
    }

    private void lesson(SchoolClassView schoolClass, int weekday, int position, String subject, Person teacher) {
        timetables.setLesson(school.admin(), schoolClass.id().value(),
                new LessonDraft(weekday, position, subject, teacher.id(), null));
    }
}
