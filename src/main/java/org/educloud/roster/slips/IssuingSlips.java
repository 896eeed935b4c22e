package org.educloud.roster.slips;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.ActivationSlip;
import org.educloud.roster.classes.ClassQueries;
import org.educloud.roster.classes.EnrolmentRepository;
import org.educloud.roster.classes.SchoolClass;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.people.PlacingPeople;
import org.educloud.roster.people.Student;
import org.educloud.roster.people.StudentRepository;
import org.educloud.roster.reach.SchoolsInScope;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Component;

/**
 * Fresh activation codes for the students of a class whose accounts still wait for activation, one slip each;
 * printing slips again replaces the codes, and students who already activated are left out. And a new initial
 * password for one student who forgot theirs, on the same slip.
 */
@Component
public class IssuingSlips {

    private final PlacingPeople placing;
    private final StudentRepository students;
    private final EnrolmentRepository enrolments;
    private final SchoolsInScope schools;
    private final IdentityManagement identity;
    private final ClassQueries classQueries;
    private final SchoolClassRepository classes;

    IssuingSlips(PlacingPeople placing, StudentRepository students, EnrolmentRepository enrolments,
                 SchoolsInScope schools, IdentityManagement identity, ClassQueries classQueries,
                 SchoolClassRepository classes) {
        this.classQueries = classQueries;
        this.classes = classes;
        this.placing = placing;
        this.students = students;
        this.enrolments = enrolments;
        this.schools = schools;
        this.identity = identity;
    }

    public List<ActivationSlip> forClass(Scope scope, long classId) {
        SchoolClass schoolClass = placing.administeredClass(scope, classId);
        String schoolName = schools.find(schoolClass.schoolId()).name();
        List<Student> members = students.findAllById(enrolments.currentStudentsOf(List.of(classId)))
                .stream().sorted(Comparator.comparing(Student::studentNumber,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<UserId> accounts = members.stream().map(Student::accountId).filter(Objects::nonNull).toList();
        Map<UserId, String> codes = identity.issuePendingCodes(scope, accounts);
        Map<UserId, String> usernames = identity.usernames(codes.keySet());
        Map<UserId, java.time.LocalDate> renamed = identity.formerUsernamesValidUntil(codes.keySet());
        List<ActivationSlip> slips = new ArrayList<>();
        for (Student student : members) {
            UserId account = student.accountId();
            if (account != null && codes.containsKey(account)) {
                slips.add(new ActivationSlip(schoolName, schoolClass.name(), student.name(), usernames.get(account),
                        codes.get(account), renamed.get(account)));
            }
        }
        return slips;
    }

    /**
     * A new initial password for a student, printed on a slip: by an admin of the student's school, or by the head
     * teacher of a class the student is in now. Anyone else of the school is refused (403); a student of a school
     * the caller does not belong to is not found (404).
     */
    public ActivationSlip resetPassword(Scope scope, long studentId) {
        Student student = students.findById(studentId).filter(s -> scope.canSee(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
        List<Long> current = enrolments.currentClassesOf(List.of(studentId));
        java.util.Set<Long> led = classQueries.ledClassIds(scope);
        boolean admin = scope.canAdminister(student.schoolPath());
        List<SchoolClass> ledOfStudent = classes.findAllById(current).stream()
                .filter(c -> led.contains(c.id())).toList();
        if (!admin && ledOfStudent.isEmpty()) {
            throw new ForbiddenException("roster.error.resetNotYours");
        }
        UserId account = student.accountId();
        if (account == null) {
            throw new RuleViolationException("roster.error.resetNoAccount");
        }
        String password = identity.resetStudentPassword(scope, account);
        String className = (ledOfStudent.isEmpty() ? classes.findAllById(current) : ledOfStudent).stream()
                .map(SchoolClass::name).sorted().findFirst().orElse("—");
        return new ActivationSlip(schools.find(student.schoolId()).name(), className, student.name(),
                identity.usernames(List.of(account)).get(account), password,
                identity.formerUsernamesValidUntil(List.of(account)).get(account));
    }
}
