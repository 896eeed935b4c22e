package org.educloud.roster.guardians;

import org.educloud.roster.GuardianRelation;
import org.educloud.roster.people.RegisteringPeople;
import org.educloud.roster.people.Student;
import org.educloud.roster.people.StudentRepository;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Corrects a guardian's name, phone and relation to a student, and unlinks a guardian who is no longer
 * responsible for a student. Unlinking ends what the parent's account sees of that child at once (a parent's reach
 * is read from these links on every request); the guardian and the account stay for their other children.
 */
@Component
public class KeepingGuardians {

    private final StudentRepository students;
    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final ApplicationEventPublisher events;

    KeepingGuardians(StudentRepository students, GuardianRepository guardians, GuardianshipRepository guardianships,
                     ApplicationEventPublisher events) {
        this.students = students;
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.events = events;
    }

    public void correct(Scope scope, long studentId, long guardianId, String name, @Nullable String phone,
                 GuardianRelation relation) {
        Student student = administered(scope, studentId);
        Guardianship link = link(student, guardianId);
        Guardian guardian = guardians.findById(guardianId).orElseThrow();
        guardian.correct(name, phone);
        link.relation(relation);
        audit(scope, "roster.guardian.corrected", student, guardian.name());
    }

    public void unlink(Scope scope, long studentId, long guardianId) {
        Student student = administered(scope, studentId);
        Guardianship link = link(student, guardianId);
        guardianships.delete(link);
        audit(scope, "roster.guardian.unlinked", student, guardians.findById(guardianId).map(Guardian::name)
                .orElse(String.valueOf(guardianId)));
    }

    private Student administered(Scope scope, long studentId) {
        return students.findById(studentId).filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
    }

    private Guardianship link(Student student, long guardianId) {
        return guardianships.findByStudentIdAndGuardianId(student.id(), guardianId)
                .orElseThrow(() -> new NotFoundException("roster.error.guardianNotFound"));
    }

    private void audit(Scope scope, String action, Student student, String guardian) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action,
                RegisteringPeople.label(student) + " " + guardian, student.schoolPath(), null));
    }
}
