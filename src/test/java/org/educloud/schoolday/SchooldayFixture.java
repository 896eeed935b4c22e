package org.educloud.schoolday;

import static org.educloud.support.Drafts.aStaffMember;
import static org.educloud.support.Drafts.aStudent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassKind;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentId;
import org.educloud.schoolday.attendance.LeaveRequests;
import org.educloud.schoolday.attendance.Mark;
import org.educloud.schoolday.attendance.MarkInput;
import org.educloud.schoolday.attendance.Rolls;
import org.educloud.schoolday.timetables.BellPeriod;
import org.educloud.schoolday.timetables.BellSchedules;
import org.educloud.schoolday.timetables.LessonDraft;
import org.educloud.schoolday.timetables.PeriodKind;
import org.educloud.schoolday.timetables.Timetables;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.TenantFixture;
import org.educloud.support.ModuleTestContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The school day of the tenant fixture's schools: one bell schedule per school (早读, three lessons around 午休), and
 * fresh classes and teachers per test, so that tests placing lessons never meet each other's. Other modules' tests
 * place lessons, take rolls and grant leave through it rather than through schoolday's slices.
 */
@Component
// needs the whole application's TenantFixture: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class SchooldayFixture {

    /** Wednesday of a week inside the fixture's autumn term. */
    public static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    public static final int READING = 1;
    public static final int FIRST = 2;
    public static final int SECOND = 3;
    public static final int LUNCH = 4;
    public static final int THIRD = 5;

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final TenantFixture tenants;
    private final RosterManagement roster;
    private final RosterDirectory directory;
    private final BellSchedules bells;
    private final IdentityManagement identity;
    private final Timetables timetables;
    private final Rolls rolls;
    private final LeaveRequests leave;

    SchooldayFixture(TenantFixture tenants, RosterManagement roster, RosterDirectory directory, BellSchedules bells,
                     IdentityManagement identity, Timetables timetables, Rolls rolls, LeaveRequests leave) {
        this.tenants = tenants;
        this.roster = roster;
        this.directory = directory;
        this.bells = bells;
        this.identity = identity;
        this.timetables = timetables;
        this.rolls = rolls;
        this.leave = leave;
    }

    public Scope as(UserId user) {
        return identity.scopeOf(user);
    }

    public long termId(TenantFixture.Side side) {
        return directory.roster(Scope.installation(), ClassId.of(side.classId())).schoolClass().termId().value();
    }

    /** The side's school's bell schedule, set by its admin (again, harmlessly, on every call). */
    public synchronized void bells(TenantFixture.Side side) {
        Scope admin = as(side.person(Role.SCHOOL_ADMIN));
        long school = side.school().id().value();
        long term = termId(side);
        bells.setPeriod(admin, school, term, new BellPeriod(READING, "早读", PeriodKind.MORNING_READING,
                LocalTime.of(7, 40), LocalTime.of(8, 0)));
        bells.setPeriod(admin, school, term, new BellPeriod(FIRST, "第1节", PeriodKind.LESSON, LocalTime.of(8, 0),
                LocalTime.of(8, 40)));
        bells.setPeriod(admin, school, term, new BellPeriod(SECOND, "第2节", PeriodKind.LESSON, LocalTime.of(8, 50),
                LocalTime.of(9, 30)));
        bells.setPeriod(admin, school, term, new BellPeriod(LUNCH, "午休", PeriodKind.LUNCH, LocalTime.of(11, 40),
                LocalTime.of(13, 30)));
        bells.setPeriod(admin, school, term, new BellPeriod(THIRD, "第3节", PeriodKind.LESSON, LocalTime.of(14, 0),
                LocalTime.of(14, 40)));
    }

    /** A new homeroom class of the side's school, led by this staff member if any. */
    public long newClass(TenantFixture.Side side, String name, @Nullable Long headTeacher) {
        bells(side);
        return roster.openClass(Scope.installation(), side.school().id(), new ClassDraft(termId(side), 5,
                name + UNIQUE.incrementAndGet(), ClassKind.HOMEROOM, headTeacher)).id().value();
    }

    /** A teacher of their own for one test, account included. */
    public record Teacher(UserId account, long staffId) {
    }

    /**
     * A new teacher of the side's school with an account of their own: classes they lead and lessons they are given
     * then change nothing the side's shared teacher teaches (other modules' tests count that teacher's classes, and
     * placing a lesson records a teaching assignment).
     */
    public Teacher newTeacherWithAccount(TenantFixture.Side side, String name) {
        String username = "sdt" + side.key() + UNIQUE.incrementAndGet();
        UserId account = identity.create(Scope.installation(), new NewAccount(username, name, null, null, Role.TEACHER,
                side.school().id().value(), TenantFixture.PASSWORD), false).account().id();
        return new Teacher(account, newTeacher(side, name, account));
    }

    /**
     * A parent account of the side's school of its own, so the children a test gives it never become more children
     * of the side's shared parent (whom other modules' tests expect to have exactly one).
     */
    public UserId newParent(TenantFixture.Side side) {
        String username = "sdp" + side.key() + UNIQUE.incrementAndGet();
        return identity.create(Scope.installation(), new NewAccount(username, "家长" + username, null, null,
                Role.PARENT, side.school().id().value(), TenantFixture.PASSWORD), false).account().id();
    }

    /** A new teacher of the side's school, with this account if any. */
    public long newTeacher(TenantFixture.Side side, String name, @Nullable UserId account) {
        return roster.registerStaff(Scope.installation(), side.school().id(), aStaffMember()
                .numbered("SD-" + side.key() + UNIQUE.incrementAndGet()).named(name).teaching("语文").build(), account)
                .personId();
    }

    /** A new student enrolled in the class, with a guardian holding the given account if any. */
    public long newStudent(TenantFixture.Side side, long classId, String name, @Nullable UserId parent) {
        // a valid ID number of its own, as every student of the sides has one (lists show it masked)
        String sequence = String.format("%03d", 100 + UNIQUE.incrementAndGet() % 900);
        long student = roster.registerStudent(Scope.installation(), side.school().id(), aStudent().named(name)
                        .born(LocalDate.of(2017, 6, 13)).withValidIdNumber("360199", sequence).build(),
                null).personId();
        roster.enrol(Scope.installation(), StudentId.of(student), ClassId.of(classId), LocalDate.of(2026, 9, 1));
        if (parent != null) {
            roster.registerGuardian(Scope.installation(), StudentId.of(student), name + "家长", null,
                    GuardianRelation.MOTHER, parent);
        }
        return student;
    }

    /** A weekly lesson of the class's timetable, set by the caller (the school's admin). */
    public void lesson(Scope admin, long classId, int weekday, int position, String subject, long teacher) {
        timetables.setLesson(admin, classId, new LessonDraft(weekday, position, subject, teacher, null));
    }

    /**
     * The class's roll for the whole day, taken by the caller: these students absent without leave, these on leave
     * for the reason given, everyone else present.
     */
    public void dayRoll(Scope taker, long classId, LocalDate day, Collection<Long> absent,
                        Map<Long, String> onLeave) {
        Map<Long, MarkInput> marks = new HashMap<>();
        absent.forEach(student -> marks.put(student, new MarkInput(Mark.ABSENT, null)));
        onLeave.forEach((student, reason) -> marks.put(student, new MarkInput(Mark.LEAVE, reason)));
        rolls.take(taker, classId, day, 0, marks);
    }

    /** Leave the parent asks for their child over these days, approved by the approver (the head teacher). */
    public void approvedLeave(Scope parent, Scope approver, long student, LocalDate firstDay, LocalDate lastDay,
                              String reason) {
        leave.decide(approver, leave.request(parent, student, firstDay, lastDay, reason), true);
    }
}
