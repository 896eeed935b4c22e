package org.educloud.roster.people;

import java.time.Clock;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.Registered;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.StudentDraft;
import org.educloud.roster.guardians.Guardian;
import org.educloud.roster.guardians.GuardianRegister;
import org.educloud.roster.reach.SchoolsInScope;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Adds students, staff and guardians one at a time, each with the account they will log in with. */
@Component
public class RegisteringPeople {

    private final StudentRepository students;
    private final StaffRepository staff;
    private final GuardianRegister guardians;
    private final PersonAccounts accounts;
    private final SchoolsInScope schools;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RestoringPeople restoring;

    RegisteringPeople(StudentRepository students, StaffRepository staff, GuardianRegister guardians,
                      PersonAccounts accounts, SchoolsInScope schools, ApplicationEventPublisher events, Clock clock,
                      RestoringPeople restoring) {
        this.restoring = restoring;
        this.students = students;
        this.staff = staff;
        this.guardians = guardians;
        this.accounts = accounts;
        this.schools = schools;
        this.events = events;
        this.clock = clock;
    }

    public Registered student(Scope scope, OrgId school, StudentDraft draft, @Nullable UserId existingAccount) {
        OrgNodeView node = schools.activeSchool(scope, school);
        if (students.existsByStudentNumber(draft.studentNumber().strip())) {
            throw new ConflictException("studentNumber", "roster.error.studentNumberTaken", draft.studentNumber());
        }
        Student student = students.save(new Student(node.id(), node.path(), draft, clock.instant()));
        PersonAccounts.Account account = accounts.forPerson(scope, existingAccount, null, draft.name(), null,
                Role.STUDENT, node);
        student.linkAccount(account.id());
        audit(scope, "roster.student.registered", label(student), node);
        return new Registered(student.id(), student.name(), account.username(), account.activationCode());
    }

    public Registered staff(Scope scope, OrgId school, StaffDraft draft, @Nullable UserId existingAccount) {
        OrgNodeView node = schools.activeSchool(scope, school);
        if (staff.existsBySchoolIdAndStaffNumber(node.id().value(), draft.staffNumber().strip())) {
            throw new ConflictException("staffNumber", "roster.error.staffNumberTaken", draft.staffNumber());
        }
        Staff member = staff.save(new Staff(node.id(), node.path(), draft, clock.instant()));
        PersonAccounts.Account account = accounts.forPerson(scope, existingAccount,
                PersonAccounts.staffUsername(node.schoolCode(), draft.staffNumber()), draft.name(), draft.phone(),
                Role.TEACHER, node);
        member.linkAccount(account.id());
        audit(scope, "roster.staff.registered", member.name(), node);
        return new Registered(member.id(), member.name(), account.username(), account.activationCode());
    }

    /** Corrects a student's record; the national student number is their identity and does not change here. */
    public void correctStudent(Scope scope, long studentId, StudentDraft draft) {
        Student student = students.findById(studentId).filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
        String number = draft.studentNumber().strip();
        if (student.studentNumber() == null) {
            // Imported without one: the correction gives the student their number, which must be free.
            if (students.existsByStudentNumber(number)) {
                throw new ConflictException("studentNumber", "roster.error.studentNumberTaken", number);
            }
            student.assignStudentNumber(number);
        } else if (!student.studentNumber().equals(number)) {
            throw new org.educloud.shared.RuleViolationException("roster.error.studentNumberFixed");
        }
        student.apply(draft, clock.instant());
        // A student a OneRoster delta removed, whose record the school keeps correcting, is the school's again.
        restoring.listedAgain(scope, RestoringPeople.Table.STUDENT, java.util.List.of(student.id()));
        audit(scope, "roster.student.corrected", label(student), schools.find(student.schoolId()));
    }

    /** Corrects a staff member's record; the staff number (usually part of their username) stays. */
    public void correctStaff(Scope scope, long staffId, StaffDraft draft) {
        Staff member = staff.findById(staffId).filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound"));
        if (!member.staffNumber().equals(draft.staffNumber())) {
            throw new org.educloud.shared.RuleViolationException("roster.error.staffNumberFixed");
        }
        member.apply(draft, clock.instant());
        // Written first: the entity maps the employment status the restoring sets, and would write it back.
        staff.flush();
        restoring.listedAgain(scope, RestoringPeople.Table.STAFF, java.util.List.of(member.id()));
        audit(scope, "roster.staff.corrected", member.name(), schools.find(member.schoolId()));
    }

    public Registered guardian(Scope scope, long studentId, String name, @Nullable String phone, GuardianRelation relation,
                        @Nullable UserId existingAccount) {
        Student student = students.findById(studentId)
                .filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
        OrgNodeView node = schools.find(student.schoolId());
        Guardian guardian = guardians.add(student, name, phone, relation);
        PersonAccounts.Account account = accounts.forPerson(scope, existingAccount, null, name, phone,
                Role.PARENT, node);
        guardian.linkAccount(account.id());
        audit(scope, "roster.guardian.registered", label(student), node);
        return new Registered(guardian.id(), guardian.name(), account.username(), account.activationCode());
    }

    /** Who an audit entry is about: the name and the masked number, as the roster's lists show a student. */
    public static String label(Student student) {
        return student.maskedStudentNumber() == null ? student.name()
                : student.name() + " " + student.maskedStudentNumber();
    }

    private void audit(Scope scope, String action, String target, OrgNodeView node) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, target, node.path(), null));
    }
}
