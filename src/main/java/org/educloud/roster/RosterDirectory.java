package org.educloud.roster;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.educloud.roster.classes.ClassQueries;
import org.educloud.roster.people.Following;
import org.educloud.roster.people.StaffQueries;
import org.educloud.roster.people.StudentQueries;
import org.educloud.roster.reach.SchoolsInScope;
import org.educloud.roster.schools.HeadCounts;
import org.educloud.roster.schools.SchoolQueries;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
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

    private final ClassQueries classQueries;
    private final StudentQueries studentQueries;
    private final StaffQueries staffQueries;
    private final SchoolQueries schoolQueries;

    private final SchoolsInScope schools;
    private final Following following;
    private final HeadCounts headCounts;

    RosterDirectory(ClassQueries classQueries, StudentQueries studentQueries, StaffQueries staffQueries,
                    SchoolQueries schoolQueries, SchoolsInScope schools, Following following,
                    HeadCounts headCounts) {
        this.headCounts = headCounts;
        this.schools = schools;
        this.following = following;
        this.classQueries = classQueries;
        this.studentQueries = studentQueries;
        this.staffQueries = staffQueries;
        this.schoolQueries = schoolQueries;
    }

    /** A school the caller administers (for its forms); any other id answers not found. */
    public OrgNodeView managedSchool(Scope scope, OrgId school) {
        return schools.managedSchool(scope, school);
    }

    /** Terms that apply to a school: its own and those its bureaus defined, newest first. */
    public List<TermView> terms(Scope scope, OrgId school) {
        return schoolQueries.terms(scope, school);
    }

    public PageSlice<SchoolClassView> classes(Scope scope, @Nullable OrgId schoolId, @Nullable Integer grade, int page,
                                             int size) {
        return classQueries.classes(scope, schoolId == null ? null : schoolId.value(), grade, page, size);
    }

    /** The classes the caller belongs to as a person: taught, led, attended, or their children's. */
    public List<SchoolClassView> myClasses(Scope scope) {
        return classQueries.myClasses(scope);
    }

    /** The classes the caller teaches or leads as a teacher (not the ones they attend or their children's). */
    public List<SchoolClassView> taughtClasses(Scope scope) {
        return classQueries.taughtClasses(scope);
    }

    /**
     * The class, if the caller reaches it; empty otherwise, where {@link #roster} answers not found. For a caller that
     * asks inside its own transaction and goes on when the answer is no: an exception thrown through this service
     * would mark that transaction rollback-only.
     */
    public java.util.Optional<SchoolClassView> reachedClass(Scope scope, ClassId classId) {
        return classQueries.reached(scope, classId.value());
    }

    public ClassRoster roster(Scope scope, ClassId classId) {
        return classQueries.roster(scope, classId.value());
    }

    public PageSlice<StudentView> students(Scope scope, StudentQuery query, int page, int size) {
        return studentQueries.students(scope, query, page, size);
    }

    /** The caller's children (parent) or the caller (student). */
    public List<StudentView> myChildren(Scope scope) {
        return studentQueries.myChildren(scope);
    }

    /** The students whose work the caller follows as a person (a student themselves, a parent their children). */
    public List<FollowedStudent> followedStudents(Scope scope) {
        return following.followedBy(scope);
    }

    /**
     * The accounts to tell about these students' work: their own and their guardians'. Asked by the platform
     * itself (notifications), after the caller's right to the students was checked.
     */
    public List<Follower> followersOf(java.util.Collection<StudentId> studentIds) {
        return following.followersOf(values(studentIds));
    }

    /**
     * The accounts of the classes' current teachers (head and subject teachers still employed), by class. Asked by
     * the platform itself (notifications about the classes' students), after the caller's right was checked.
     */
    public Map<ClassId, List<org.educloud.shared.UserId>> teacherAccountsOf(Collection<ClassId> classIds) {
        Map<ClassId, List<org.educloud.shared.UserId>> teachers = new java.util.LinkedHashMap<>();
        following.teachersOf(classIds.stream().map(ClassId::value).toList())
                .forEach((classId, accounts) -> teachers.put(ClassId.of(classId), accounts));
        return teachers;
    }

    /** The student an account belongs to, if it is a student's: who learns, at which school. */
    public java.util.Optional<Learner> learner(org.educloud.shared.UserId account) {
        return studentQueries.learner(account);
    }

    public StudentDetail student(Scope scope, StudentId studentId) {
        return studentQueries.student(scope, studentId.value());
    }

    /** The record as its school's admins may edit it, unmasked; for the correction form. */
    public StudentDraft studentDraft(Scope scope, StudentId studentId) {
        return studentQueries.studentDraft(scope, studentId.value());
    }

    /** A staff member and their classes: for the school's admins, or the staff member themselves. */
    public StaffDetail staffMember(Scope scope, long staffId) {
        return staffQueries.staffMember(scope, staffId);
    }

    /** The record as the school's admins may edit it; for the correction form. */
    public StaffDraft staffDraft(Scope scope, long staffId) {
        return staffQueries.staffDraft(scope, staffId);
    }

    public PageSlice<StaffView> staff(Scope scope, @Nullable String text, @Nullable OrgId schoolId, int page, int size) {
        return staffQueries.staff(scope, text, schoolId == null ? null : schoolId.value(), page, size);
    }

    /** Students by grade and gender, teachers by subject, classes and staff of one school the caller administers. */
    public SchoolRosterSummary summary(Scope scope, OrgId school) {
        return schoolQueries.summary(scope, school);
    }

    /**
     * Enrolment by grade and full-time teachers of every school under a node the caller administers (schools
     * without anyone are left out): what the balance indicators derive their teacher counts from.
     */
    public List<SchoolStaffing> staffing(Scope scope, OrgPath under) {
        return headCounts.under(scope, under);
    }

    /** As {@link #staffing(Scope, OrgPath)}, for the given schools under the node only. */
    public List<SchoolStaffing> staffing(Scope scope, OrgPath under, Collection<OrgId> schools) {
        return headCounts.under(scope, under, schools);
    }

    /**
     * Names of students by id, for lists that name people by id (learning records): only those the caller reaches,
     * as their other pages would show them; ids outside the caller's reach are simply not in the answer.
     */
    public Map<StudentId, String> studentNames(Scope scope, Collection<StudentId> studentIds) {
        Map<StudentId, String> names = new java.util.LinkedHashMap<>();
        studentQueries.names(scope, values(studentIds)).forEach((id, name) -> names.put(StudentId.of(id), name));
        return names;
    }

    /** A school's enrolled students in no homeroom class (at most {@code limit}), for the school's admins. */
    public List<UnplacedStudent> studentsWithoutHomeroom(Scope scope, OrgPath school, int limit) {
        return headCounts.withoutHomeroom(scope, school, limit);
    }

    /** Enrolled students per class, for the given classes under a node the caller administers. */
    public Map<ClassId, Long> classSizes(Scope scope, OrgPath under, Collection<ClassId> classIds) {
        Map<ClassId, Long> sizes = new java.util.HashMap<>();
        headCounts.classSizes(scope, under, classIds.stream().map(ClassId::value).toList())
                .forEach((id, size) -> sizes.put(ClassId.of(id), size));
        return sizes;
    }

    /** Left-behind, migrant and disability flags of the given enrolled students under a node the caller administers. */
    public List<StudentAttributes> studentAttributes(Scope scope, OrgPath under, Collection<StudentId> studentIds) {
        return headCounts.attributes(scope, under, values(studentIds));
    }

    private static List<Long> values(Collection<StudentId> studentIds) {
        return studentIds.stream().map(StudentId::value).toList();
    }

    /**
     * The caller's own staff records (a teacher's), whatever else they administer: whose lessons in a timetable are
     * the caller's own, rather than everyone's of a school they run.
     */
    public java.util.Set<Long> ownStaffIds(Scope scope) {
        return classQueries.ownStaffIds(scope);
    }

    /** The classes the caller leads as head teacher (班主任): who approves a class's leave and takes its daily roll. */
    public java.util.Set<ClassId> ledClasses(Scope scope) {
        java.util.Set<ClassId> led = new java.util.HashSet<>();
        classQueries.ledClassIds(scope).forEach(id -> led.add(ClassId.of(id)));
        return led;
    }
}
