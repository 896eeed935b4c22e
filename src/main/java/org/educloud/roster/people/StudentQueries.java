package org.educloud.roster.people;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.GuardianView;
import org.educloud.roster.Learner;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentDetail;
import org.educloud.roster.StudentDraft;
import org.educloud.roster.StudentQuery;
import org.educloud.roster.StudentView;
import org.educloud.roster.classes.ClassViews;
import org.educloud.roster.classes.Enrolment;
import org.educloud.roster.classes.EnrolmentRepository;
import org.educloud.roster.classes.SchoolClass;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.guardians.GuardianRepository;
import org.educloud.roster.guardians.Guardianship;
import org.educloud.roster.guardians.GuardianshipRepository;
import org.educloud.roster.reach.RosterReach;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Which students a caller reaches, and what they may see of them. */
@Component
public class StudentQueries {

    private final RosterReach reach;
    private final StudentRepository students;
    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;
    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final ClassViews classViews;
    private final TenancyManagement tenancy;

    StudentQueries(RosterReach reach, StudentRepository students, SchoolClassRepository classes, EnrolmentRepository enrolments, GuardianRepository guardians, GuardianshipRepository guardianships, ClassViews classViews, TenancyManagement tenancy) {
        this.reach = reach;
        this.students = students;
        this.classes = classes;
        this.enrolments = enrolments;
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.classViews = classViews;
        this.tenancy = tenancy;
    }

    public PageSlice<StudentView> students(Scope scope, StudentQuery query, int page, int size) {
        RosterReach.Reach r = reach.of(scope);
        Specification<Student> spec = r.<Student>within("schoolPath", r.studentIds()).and(matching(query));
        PageRequest request = PageRequest.of(PageSlice.safePage(page), Math.clamp(size, 1, 200),
                Sort.by("schoolPath", "studentNumber"));
        Page<Student> found = students.findAll(spec, request);
        Map<OrgId, String> schools = tenancy.names(found.getContent().stream().map(Student::schoolId).toList());
        return new PageSlice<>(found.getContent().stream()
                .map(s -> s.view(schools.getOrDefault(s.schoolId(), ""), false)).toList(),
                request.getPageNumber(), request.getPageSize(), found.getTotalElements());
    }

    /** The names of those of the given students the caller reaches; the others are left out. */
    public Map<Long, String> names(Scope scope, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        RosterReach.Reach r = reach.of(scope);
        Map<Long, String> names = new java.util.HashMap<>();
        students.findAllById(ids).stream().filter(s -> r.reachesStudent(s.id(), s.schoolPath()))
                .forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    /** The caller's children (parent) or the caller (student). */
    public List<StudentView> myChildren(Scope scope) {
        RosterReach.Reach r = reach.of(scope);
        List<Student> own = students.findAllById(r.ownStudentIds());
        Map<OrgId, String> schools = tenancy.names(own.stream().map(Student::schoolId).toList());
        return own.stream().map(s -> s.view(schools.getOrDefault(s.schoolId(), ""), false)).toList();
    }

    public StudentDetail student(Scope scope, long studentId) {
        RosterReach.Reach r = reach.of(scope);
        Student student = students.findById(studentId)
                .filter(s -> r.reachesStudent(s.id(), s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
        boolean administers = r.administers(student.schoolPath());
        boolean formerOnly = r.formerOnly(studentId, student.schoolPath());
        List<SchoolClass> attended = classes.findAllById(enrolments.findByStudentId(studentId).stream()
                .map(Enrolment::classId).toList()).stream()
                .filter(c -> !formerOnly || r.administers(c.schoolPath()))
                .toList();
        List<GuardianView> guardianViews = new ArrayList<>();
        for (Guardianship link : formerOnly ? List.<Guardianship>of() : guardianships.findByStudentId(studentId)) {
            guardians.findById(link.guardianId()).ifPresent(g -> guardianViews.add(new GuardianView(g.id(), g.name(),
                    administers ? g.phone() : org.educloud.shared.Masking.phone(g.phone()), link.relation())));
        }
        List<SchoolClassView> classViewsOfStudent = classViews.of(attended);
        StudentView view = formerOnly
                ? student.viewAsFormer(classViewsOfStudent.isEmpty() ? "" : classViewsOfStudent.getFirst().schoolName())
                : student.view(schoolName(student), administers);
        return new StudentDetail(view, classViewsOfStudent, guardianViews);
    }

    /** The record as its school's admins may edit it, unmasked; for the correction form. */
    public StudentDraft studentDraft(Scope scope, long studentId) {
        Student student = students.findById(studentId).filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.studentNotFound"));
        StudentView v = student.view("", true);
        return new StudentDraft(v.name(), v.gender(), v.birthDate(), v.ethnicity(), v.studentNumber(), v.idNumber(),
                v.boarding(), v.leftBehind(), v.migrant(), v.disability(), v.economicHardship());
    }

    private Specification<Student> matching(StudentQuery query) {
        return (root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (query.text() != null && !query.text().isBlank()) {
                String text = query.text().strip();
                String pattern = "%" + escape(text.toLowerCase(Locale.ROOT)) + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.equal(root.get("studentNumber"), text.toUpperCase(Locale.ROOT))));
            }
            if (query.schoolId() != null) {
                all.add(cb.equal(root.get("schoolId"), query.schoolId().value()));
            }
            if (query.classId() != null) {
                var enrolled = q.subquery(Long.class);
                var e = enrolled.from(Enrolment.class);
                enrolled.select(e.get("studentId")).where(cb.equal(e.get("classId"), query.classId().value()),
                        cb.isNull(e.get("endsOn")));
                all.add(root.get("id").in(enrolled));
            }
            if (query.gender() != null) {
                all.add(cb.equal(root.get("gender"), query.gender()));
            }
            if (query.status() != null) {
                all.add(cb.equal(root.get("status"), query.status()));
            }
            if (query.attribute() != null) {
                String attribute = switch (query.attribute()) {
                    case LEFT_BEHIND -> "leftBehind";
                    case MIGRANT -> "migrant";
                    case DISABILITY -> "disability";
                    case ECONOMIC_HARDSHIP -> "economicHardship";
                    case BOARDING -> "boarding";
                };
                all.add(cb.isTrue(root.get(attribute)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private String schoolName(Student student) {
        return tenancy.names(List.of(student.schoolId())).getOrDefault(student.schoolId(), "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public java.util.Optional<Learner> learner(org.educloud.shared.UserId account) {
        return students.findFirstByAccountIdOrderByIdDesc(account.value())
                .map(student -> new Learner(org.educloud.roster.StudentId.of(student.id()), student.schoolId()));
    }
}
