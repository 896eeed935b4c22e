package org.educloud.roster.transfers;

import java.time.Clock;
import java.time.LocalDate;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.classes.Enrolment;
import org.educloud.roster.classes.EnrolmentRepository;
import org.educloud.roster.people.RegisteringPeople;
import org.educloud.roster.people.Student;
import org.educloud.roster.people.StudentRepository;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves a student to another school of the installation (转学). The student keeps their identity, account and
 * history; their enrolments at the old school end on the transfer date; the old school keeps read access to
 * the student's time with it. Approved by a bureau admin who administers both schools.
 */
@Component
public class TransferringStudents {

    private final StudentRepository students;
    private final EnrolmentRepository enrolments;
    private final TransferRepository transfers;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferringStudents(StudentRepository students, EnrolmentRepository enrolments, TransferRepository transfers,
                         TenancyManagement tenancy, IdentityManagement identity, ApplicationEventPublisher events,
                         Clock clock) {
        this.students = students;
        this.enrolments = enrolments;
        this.transfers = transfers;
        this.tenancy = tenancy;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    public void transfer(Scope scope, long studentId, OrgId toSchool, LocalDate on, @Nullable String reason) {
        Student student = students.findById(studentId).filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
        OrgNodeView from = tenancy.find(student.schoolId()).orElseThrow();
        OrgNodeView to = tenancy.visible(scope, toSchool);
        if (to.kind() != OrgKind.SCHOOL || !to.isActive()) {
            throw new RuleViolationException("roster.error.notASchool");
        }
        if (!scope.canAdminister(to.path())) {
            throw new ForbiddenException("roster.error.transferNeedsBoth");
        }
        if (to.id().equals(from.id())) {
            throw new RuleViolationException("roster.error.transferSameSchool");
        }
        for (Enrolment enrolment : enrolments.findByStudentId(studentId)) {
            enrolment.end(on);
        }
        transfers.save(new Transfer(studentId, from, to, on, reason, scope.userId(), clock.instant()));
        student.moveTo(to.id(), to.path(), clock.instant());
        if (student.accountId() != null) {
            identity.moveGrant(scope, student.accountId(), Role.STUDENT, from.id(), to.id());
        }
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "roster.student.transferred",
                RegisteringPeople.label(student), to.path(), from.name() + " → " + to.name()));
    }
}
