package org.educloud.roster.classes;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentView;
import org.educloud.roster.people.StaffRepository;
import org.educloud.roster.people.Student;
import org.educloud.roster.people.StudentRepository;
import org.educloud.roster.reach.RosterReach;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Which classes a caller reaches, and who is in them. */
@Component
public class ClassQueries {

    private final RosterReach reach;
    private final SchoolClassRepository classes;
    private final StudentRepository students;
    private final StaffRepository staff;
    private final EnrolmentRepository enrolments;
    private final ClassViews classViews;
    private final TenancyManagement tenancy;

    ClassQueries(RosterReach reach, SchoolClassRepository classes, StudentRepository students, StaffRepository staff, EnrolmentRepository enrolments, ClassViews classViews, TenancyManagement tenancy) {
        this.reach = reach;
        this.classes = classes;
        this.students = students;
        this.staff = staff;
        this.enrolments = enrolments;
        this.classViews = classViews;
        this.tenancy = tenancy;
    }

    public PageSlice<SchoolClassView> classes(Scope scope, @Nullable Long schoolId, @Nullable Integer grade, int page,
                                             int size) {
        RosterReach.Reach r = reach.of(scope);
        Specification<SchoolClass> spec = r.<SchoolClass>within("schoolPath", r.classIds()).and((root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (schoolId != null) {
                all.add(cb.equal(root.get("schoolId"), schoolId));
            }
            if (grade != null) {
                all.add(cb.equal(root.get("grade"), grade));
            }
            return cb.and(all.toArray(Predicate[]::new));
        });
        PageRequest request = PageRequest.of(PageSlice.safePage(page), Math.clamp(size, 1, 200),
                Sort.by("schoolPath", "grade", "name"));
        Page<SchoolClass> found = classes.findAll(spec, request);
        return new PageSlice<>(classViews.of(found.getContent()), request.getPageNumber(), request.getPageSize(),
                found.getTotalElements());
    }

    /** The classes the caller belongs to as a person: taught, led, attended, or their children's. */
    public List<SchoolClassView> myClasses(Scope scope) {
        RosterReach.Reach r = reach.of(scope);
        return classViews.of(classes.findAllById(r.classIds()).stream()
                .sorted(java.util.Comparator.comparing(SchoolClass::grade).thenComparing(SchoolClass::name)).toList());
    }

    public List<SchoolClassView> taughtClasses(Scope scope) {
        RosterReach.Reach r = reach.of(scope);
        return classViews.of(classes.findAllById(r.taughtClassIds()).stream()
                .sorted(java.util.Comparator.comparing(SchoolClass::grade).thenComparing(SchoolClass::name)).toList());
    }

    /** The class, if the caller reaches it; empty (never an exception) otherwise. */
    public java.util.Optional<SchoolClassView> reached(Scope scope, long classId) {
        RosterReach.Reach r = reach.of(scope);
        return classes.findById(classId).filter(c -> r.reachesClass(c.id(), c.schoolPath()))
                .map(c -> classViews.of(List.of(c)).getFirst());
    }

    public ClassRoster roster(Scope scope, long classId) {
        RosterReach.Reach r = reach.of(scope);
        SchoolClass schoolClass = classes.findById(classId)
                .filter(c -> r.reachesClass(c.id(), c.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.classNotFound"));
        String schoolName = tenancy.names(List.of(schoolClass.schoolId())).getOrDefault(schoolClass.schoolId(), "");
        List<Long> ids = enrolments.currentStudentsOf(List.of(classId));
        List<StudentView> members = students.findAllById(ids).stream()
                .filter(s -> r.seesAllMembersOf(classId, schoolClass.schoolPath()) || r.ownStudentIds().contains(s.id()))
                .sorted(java.util.Comparator.comparing(Student::studentNumber,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(s -> s.view(schoolName, false))
                .toList();
        List<String> teachers = new ArrayList<>();
        if (schoolClass.headTeacherId() != null) {
            staff.findById(schoolClass.headTeacherId()).ifPresent(s -> teachers.add(s.name()));
        }
        return new ClassRoster(classViews.of(List.of(schoolClass)).getFirst(), members, teachers);
    }

    /** The caller's own staff records, whatever else they administer: whose lessons are the caller's. */
    public java.util.Set<Long> ownStaffIds(Scope scope) {
        return java.util.Set.copyOf(reach.of(scope).staffIds());
    }

    /** The classes the caller leads as head teacher (班主任) through their own staff records. */
    public java.util.Set<Long> ledClassIds(Scope scope) {
        java.util.Set<Long> staffIds = reach.of(scope).staffIds();
        return staffIds.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(classes.ledBy(staffIds));
    }
}
