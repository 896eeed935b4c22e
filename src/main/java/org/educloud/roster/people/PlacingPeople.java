package org.educloud.roster.people;

import java.time.LocalDate;
import org.educloud.roster.classes.Enrolment;
import org.educloud.roster.classes.EnrolmentRepository;
import org.educloud.roster.classes.SchoolClass;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.classes.TeachingAssignment;
import org.educloud.roster.classes.TeachingAssignmentRepository;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Component;

/** Puts students into classes and teachers in front of them, always within one school. */
@Component
public class PlacingPeople {

    private final SchoolClassRepository classes;
    private final StudentRepository students;
    private final StaffRepository staff;
    private final EnrolmentRepository enrolments;
    private final TeachingAssignmentRepository teaching;

    PlacingPeople(SchoolClassRepository classes, StudentRepository students, StaffRepository staff,
                  EnrolmentRepository enrolments, TeachingAssignmentRepository teaching) {
        this.classes = classes;
        this.students = students;
        this.staff = staff;
        this.enrolments = enrolments;
        this.teaching = teaching;
    }

    public void enrol(Scope scope, long studentId, long classId, LocalDate from) {
        SchoolClass schoolClass = administeredClass(scope, classId);
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
        SchoolClass schoolClass = administeredClass(scope, classId);
        Staff member = staff.findById(staffId).filter(s -> s.schoolPath().equals(schoolClass.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound"));
        if (!teaching.existsByStaffIdAndClassIdAndSubject(member.id(), classId, subject.strip())) {
            teaching.save(new TeachingAssignment(member.id(), classId, subject.strip()));
        }
    }

    public SchoolClass administeredClass(Scope scope, long classId) {
        return classes.findById(classId).filter(c -> scope.canAdminister(c.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.classNotFound"));
    }
}
