package org.educloud.roster;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in which school and class: the questions pages and other modules ask of the roster. Admins reach
 * everything under the nodes they administer; a teacher their classes and those classes' students; a parent
 * their children; a student themselves. ID numbers are masked except on the detail page of a school's admin.
 */
@Service
@Transactional(readOnly = true)
public class RosterDirectory {

    private final RosterReach reach;
    private final TermRepository terms;
    private final SchoolClassRepository classes;
    private final StudentRepository students;
    private final StaffRepository staff;
    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final EnrolmentRepository enrolments;
    private final TeachingAssignmentRepository teaching;
    private final ClassViews classViews;
    private final TenancyManagement tenancy;

    RosterDirectory(RosterReach reach, TermRepository terms, SchoolClassRepository classes, StudentRepository students,
                    StaffRepository staff, GuardianRepository guardians, GuardianshipRepository guardianships,
                    EnrolmentRepository enrolments, TeachingAssignmentRepository teaching, ClassViews classViews,
                    TenancyManagement tenancy) {
        this.reach = reach;
        this.terms = terms;
        this.classes = classes;
        this.students = students;
        this.staff = staff;
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.enrolments = enrolments;
        this.teaching = teaching;
        this.classViews = classViews;
        this.tenancy = tenancy;
    }

    /** Terms that apply to a school: its own and those its bureaus defined, newest first. */
    public List<TermView> terms(Scope scope, OrgId school) {
        OrgNodeView node = tenancy.visible(scope, school);
        return terms.applicableTo(node.path().value()).stream().map(Term::view).toList();
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

    public ClassRoster roster(Scope scope, long classId) {
        RosterReach.Reach r = reach.of(scope);
        SchoolClass schoolClass = classes.findById(classId)
                .filter(c -> r.reachesClass(c.id(), c.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.classNotFound"));
        String schoolName = tenancy.names(List.of(schoolClass.schoolId())).getOrDefault(schoolClass.schoolId(), "");
        List<Long> ids = enrolments.currentStudentsOf(List.of(classId));
        List<StudentView> members = students.findAllById(ids).stream()
                .filter(s -> r.seesAllMembersOf(classId, schoolClass.schoolPath()) || r.ownStudentIds().contains(s.id()))
                .sorted(java.util.Comparator.comparing(Student::studentNumber))
                .map(s -> s.view(schoolName, false))
                .toList();
        List<String> teachers = new ArrayList<>();
        if (schoolClass.headTeacherId() != null) {
            staff.findById(schoolClass.headTeacherId()).ifPresent(s -> teachers.add(s.name()));
        }
        return new ClassRoster(classViews.of(List.of(schoolClass)).getFirst(), members, teachers);
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

    /** A staff member and their classes: for the school's admins, or the staff member themselves. */
    public StaffDetail staffMember(Scope scope, long staffId) {
        RosterReach.Reach r = reach.of(scope);
        Staff member = staff.findById(staffId)
                .filter(s -> r.administers(s.schoolPath()) || r.staffIds().contains(s.id()))
                .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound"));
        return new StaffDetail(member.view(tenancy.names(List.of(member.schoolId())).getOrDefault(member.schoolId(), ""),
                true), classViews.of(classes.ledOrTaughtBy(staffId)));
    }

    /** The record as the school's admins may edit it; for the correction form. */
    public StaffDraft staffDraft(Scope scope, long staffId) {
        StaffView v = staff.findById(staffId).filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound")).view("", true);
        return new StaffDraft(v.staffNumber(), v.name(), v.gender(), v.phone(), v.subjects(), v.qualification(),
                v.title(), v.backboneLevel(), v.fullTimeTeacher(), v.specialist());
    }

    public PageSlice<StaffView> staff(Scope scope, @Nullable String text, @Nullable Long schoolId, int page, int size) {
        RosterReach.Reach r = reach.of(scope);
        Specification<Staff> spec = r.<Staff>within("schoolPath", r.staffIds()).and((root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String pattern = "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("staffNumber")), pattern, '\\'),
                        cb.like(cb.lower(root.get("subjects")), pattern, '\\')));
            }
            if (schoolId != null) {
                all.add(cb.equal(root.get("schoolId"), schoolId));
            }
            return cb.and(all.toArray(Predicate[]::new));
        });
        PageRequest request = PageRequest.of(PageSlice.safePage(page), Math.clamp(size, 1, 200),
                Sort.by("schoolPath", "staffNumber"));
        Page<Staff> found = staff.findAll(spec, request);
        Map<OrgId, String> schools = tenancy.names(found.getContent().stream().map(Staff::schoolId).toList());
        return new PageSlice<>(found.getContent().stream()
                .map(s -> s.view(schools.getOrDefault(s.schoolId(), ""), false)).toList(),
                request.getPageNumber(), request.getPageSize(), found.getTotalElements());
    }

    /** Students by grade and gender, teachers by subject, classes and staff of one school the caller administers. */
    public SchoolRosterSummary summary(Scope scope, OrgId school) {
        OrgNodeView node = tenancy.visible(scope, school);
        if (!scope.canAdminister(node.path())) {
            throw new NotFoundException("roster.error.schoolNotFound");
        }
        Map<Integer, Map<Gender, Long>> byGrade = new TreeMap<>();
        for (Object[] row : students.byGradeAndGender(school.value())) {
            byGrade.computeIfAbsent(((Number) row[0]).intValue(), g -> new EnumMap<>(Gender.class))
                    .put((Gender) row[1], ((Number) row[2]).longValue());
        }
        Map<String, Long> bySubject = new TreeMap<>();
        for (Object[] row : teaching.teachersBySubject(school.value())) {
            bySubject.put((String) row[0], ((Number) row[1]).longValue());
        }
        long classCount = classes.count((root, q, cb) -> cb.equal(root.get("schoolId"), school.value()));
        long staffCount = staff.count((root, q, cb) -> cb.equal(root.get("schoolId"), school.value()));
        return new SchoolRosterSummary(byGrade, bySubject, classCount, staffCount);
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
                all.add(cb.equal(root.get("schoolId"), query.schoolId()));
            }
            if (query.classId() != null) {
                var enrolled = q.subquery(Long.class);
                var e = enrolled.from(Enrolment.class);
                enrolled.select(e.get("studentId")).where(cb.equal(e.get("classId"), query.classId()),
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
}
