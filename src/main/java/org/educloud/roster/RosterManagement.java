package org.educloud.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.educloud.identity.AccountCreated;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Changes to the roster, by the admins of a school or its bureaus. Registering a person creates their account
 * and role grant in the same transaction, waiting for activation by one-time code, so nobody's password is
 * hashed until they choose one.
 */
@Service
@Transactional
@Validated
public class RosterManagement {

    private final TermRepository terms;
    private final SchoolClassRepository classes;
    private final StudentRepository students;
    private final StaffRepository staff;
    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final EnrolmentRepository enrolments;
    private final TeachingAssignmentRepository teaching;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PromotingSchoolYear promoting;
    private final TransferringStudents transferring;

    RosterManagement(TermRepository terms, SchoolClassRepository classes, StudentRepository students,
                     StaffRepository staff, GuardianRepository guardians, GuardianshipRepository guardianships,
                     EnrolmentRepository enrolments, TeachingAssignmentRepository teaching, TenancyManagement tenancy,
                     IdentityManagement identity, ApplicationEventPublisher events, Clock clock,
                     PromotingSchoolYear promoting, TransferringStudents transferring) {
        this.promoting = promoting;
        this.transferring = transferring;
        this.terms = terms;
        this.classes = classes;
        this.students = students;
        this.staff = staff;
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.enrolments = enrolments;
        this.teaching = teaching;
        this.tenancy = tenancy;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** A term for every school below a bureau, or for one school. */
    public TermView openTerm(Scope scope, OrgId org, String schoolYear, String name, LocalDate startsOn,
                             LocalDate endsOn) {
        OrgNodeView node = administered(scope, org);
        if (!schoolYear.matches("\\d{4}-\\d{4}") || !endsOn.isAfter(startsOn)) {
            throw new RuleViolationException("roster.error.termInvalid");
        }
        return terms.save(new Term(node.id(), node.path(), schoolYear, name.strip(), startsOn, endsOn)).view();
    }

    public SchoolClassView openClass(Scope scope, OrgId school, @jakarta.validation.Valid ClassDraft draft) {
        OrgNodeView node = activeSchool(scope, school);
        Term term = terms.findById(draft.termId())
                .filter(t -> terms.applicableTo(node.path().value()).stream().anyMatch(a -> a.id() == t.id()))
                .orElseThrow(() -> new NotFoundException("roster.error.termNotFound"));
        if (draft.headTeacherId() != null) {
            staffOf(node, draft.headTeacherId());
        }
        if (classes.existsBySchoolIdAndTermIdAndName(node.id().value(), term.id(), draft.name().strip())) {
            throw new ConflictException("name", "roster.error.classNameTaken", draft.name().strip());
        }
        SchoolClass created = classes.save(new SchoolClass(node.id(), node.path(), term.id(), draft, clock.instant()));
        audit(scope, "roster.class.opened", node.name() + " " + created.name(), node);
        return new SchoolClassView(created.id(), node.id(), node.name(), term.id(), term.view().schoolYear() + " "
                + term.view().name(), created.grade(), created.name(), created.kind(), null, 0);
    }

    /** Adds a student with a new account waiting for activation, or linked to an existing account. */
    public Registered registerStudent(Scope scope, OrgId school, @jakarta.validation.Valid StudentDraft draft,
                                      @Nullable UserId existingAccount) {
        OrgNodeView node = activeSchool(scope, school);
        if (students.existsByStudentNumber(draft.studentNumber().strip())) {
            throw new ConflictException("studentNumber", "roster.error.studentNumberTaken", draft.studentNumber());
        }
        Student student = students.save(new Student(node.id(), node.path(), draft, clock.instant()));
        Account account = account(scope, existingAccount, draft.studentNumber().toLowerCase(Locale.ROOT),
                draft.name(), null, Role.STUDENT, node);
        student.linkAccount(account.id());
        audit(scope, "roster.student.registered", student.studentNumber(), node);
        return new Registered(student.id(), student.name(), account.username(), account.activationCode());
    }

    public Registered registerStaff(Scope scope, OrgId school, @jakarta.validation.Valid StaffDraft draft,
                                    @Nullable UserId existingAccount) {
        OrgNodeView node = activeSchool(scope, school);
        if (staff.existsBySchoolIdAndStaffNumber(node.id().value(), draft.staffNumber().strip())) {
            throw new ConflictException("staffNumber", "roster.error.staffNumberTaken", draft.staffNumber());
        }
        Staff member = staff.save(new Staff(node.id(), node.path(), draft, clock.instant()));
        String username = (node.schoolCode() + "-" + draft.staffNumber().strip()).toLowerCase(Locale.ROOT);
        Account account = account(scope, existingAccount, username, draft.name(), draft.phone(), Role.TEACHER, node);
        member.linkAccount(account.id());
        audit(scope, "roster.staff.registered", member.name(), node);
        return new Registered(member.id(), member.name(), account.username(), account.activationCode());
    }

    public Registered registerGuardian(Scope scope, long studentId, String name, @Nullable String phone,
                                       GuardianRelation relation, @Nullable UserId existingAccount) {
        Student student = students.findById(studentId)
                .filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
        OrgNodeView node = tenancy.find(student.schoolId()).orElseThrow();
        Guardian guardian = guardians.save(new Guardian(student.schoolPath(), name, phone, clock.instant()));
        guardianships.save(new Guardianship(student.id(), guardian.id(), relation));
        String username = "p" + student.studentNumber().toLowerCase(Locale.ROOT) + "-" + guardian.id();
        Account account = account(scope, existingAccount, username, name, phone, Role.PARENT, node);
        guardian.linkAccount(account.id());
        audit(scope, "roster.guardian.registered", student.studentNumber(), node);
        return new Registered(guardian.id(), guardian.name(), account.username(), account.activationCode());
    }

    public void enrol(Scope scope, long studentId, long classId, LocalDate from) {
        SchoolClass schoolClass = classes.findById(classId).filter(c -> scope.canAdminister(c.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.classNotFound"));
        Student student = students.findById(studentId).filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
        if (!student.schoolPath().equals(schoolClass.schoolPath())) {
            throw new RuleViolationException("roster.error.otherSchool");
        }
        if (!enrolments.existsByStudentIdAndClassId(studentId, classId)) {
            enrolments.save(new Enrolment(studentId, schoolClass, from));
        }
    }

    public void assignTeacher(Scope scope, long staffId, long classId, String subject) {
        SchoolClass schoolClass = classes.findById(classId).filter(c -> scope.canAdminister(c.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.classNotFound"));
        Staff member = staff.findById(staffId).filter(s -> s.schoolPath().equals(schoolClass.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound"));
        if (!teaching.existsByStaffIdAndClassIdAndSubject(member.id(), classId, subject.strip())) {
            teaching.save(new TeachingAssignment(member.id(), classId, subject.strip()));
        }
    }

    /**
     * Fresh activation codes for the students of a class whose accounts still wait for activation, one slip each;
     * printing slips again replaces the codes, and students who already activated are left out.
     */
    public java.util.List<ActivationSlip> issueActivationSlips(Scope scope, long classId) {
        SchoolClass schoolClass = classes.findById(classId).filter(c -> scope.canAdminister(c.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.classNotFound"));
        String schoolName = tenancy.find(schoolClass.schoolId()).map(OrgNodeView::name).orElse("");
        java.util.List<Student> members = students.findAllById(enrolments.currentStudentsOf(java.util.List.of(classId)))
                .stream().sorted(java.util.Comparator.comparing(Student::studentNumber)).toList();
        java.util.List<UserId> accounts = members.stream().map(Student::accountId).filter(java.util.Objects::nonNull).toList();
        java.util.Map<UserId, String> codes = identity.issuePendingCodes(scope, accounts);
        java.util.Map<UserId, String> usernames = identity.usernames(codes.keySet());
        java.util.List<ActivationSlip> slips = new java.util.ArrayList<>();
        for (Student student : members) {
            UserId account = student.accountId();
            if (account != null && codes.containsKey(account)) {
                slips.add(new ActivationSlip(schoolName, schoolClass.name(), student.name(), usernames.get(account),
                        codes.get(account)));
            }
        }
        return slips;
    }

    /** Moves a student to another school on a date; the caller administers both schools. */
    public void transfer(Scope scope, long studentId, OrgId toSchool, LocalDate on, @Nullable String reason) {
        transferring.transfer(scope, studentId, toSchool, on, reason);
    }

    /** What a year-end promotion of a school from one term to a later school year's term would do. */
    @Transactional(readOnly = true)
    public PromotionPlan promotionPlan(Scope scope, OrgId school, long fromTermId, long toTermId) {
        return promoting.plan(activeSchool(scope, school), fromTermId, toTermId);
    }

    /** Moves every homeroom class up a grade into the new term and graduates the top grade, in one transaction. */
    public PromotionPlan promote(Scope scope, OrgId school, long fromTermId, long toTermId) {
        return promoting.promote(scope, activeSchool(scope, school), fromTermId, toTermId);
    }

    /** The account a registered person logs in with, and its activation code when it is new. */
    private record Account(UserId id, String username, @Nullable String activationCode) {
    }

    private Account account(Scope scope, @Nullable UserId existing, String username, String displayName,
                            @Nullable String phone, Role role, OrgNodeView school) {
        if (existing != null) {
            var account = identity.administered(scope, existing);
            return new Account(account.id(), account.username(), null);
        }
        AccountCreated created = identity.create(scope, new NewAccount(username, displayName, phone, null, role,
                school.id().value(), null));
        return new Account(created.account().id(), created.account().username(), created.activationCode());
    }

    private Staff staffOf(OrgNodeView school, long staffId) {
        return staff.findById(staffId).filter(s -> s.schoolPath().equals(school.path()))
                .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound"));
    }

    private OrgNodeView administered(Scope scope, OrgId org) {
        OrgNodeView node = tenancy.visible(scope, org);
        if (!scope.canAdminister(node.path())) {
            throw new ForbiddenException("roster.error.forbidden");
        }
        return node;
    }

    private OrgNodeView activeSchool(Scope scope, OrgId school) {
        OrgNodeView node = administered(scope, school);
        if (node.kind() != OrgKind.SCHOOL) {
            throw new RuleViolationException("roster.error.notASchool");
        }
        if (!node.isActive()) {
            throw new RuleViolationException("roster.error.schoolClosed");
        }
        return node;
    }

    private void audit(Scope scope, String action, String target, OrgNodeView node) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, target, node.path(), null));
    }
}
