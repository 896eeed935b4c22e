package org.educloud.roster.reach;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.educloud.roster.classes.EnrolmentRepository;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.classes.TeachingAssignmentRepository;
import org.educloud.roster.guardians.GuardianRepository;
import org.educloud.roster.guardians.GuardianshipRepository;
import org.educloud.roster.people.StaffRepository;
import org.educloud.roster.people.StudentRepository;
import org.educloud.roster.transfers.TransferRepository;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import jakarta.persistence.criteria.Predicate;

/**
 * Which people and classes a caller reaches: everything under the paths they administer, plus, as a person, their
 * own classes and students (teacher), their children (parent) or themselves (student).
 */
@Component
public class RosterReach {

    /**
     * The ids a caller reaches as a person, beside the subtrees they administer; {@code ownStudentIds} are the
     * caller's children (parent) or the caller (student); {@code formerStudentIds} those who transferred out of
     * the caller's schools, reachable one by one (not listed) and only for their time there.
     */
    public record Reach(Set<OrgPath> adminPaths, Set<Long> staffIds, Set<Long> classIds, Set<Long> studentIds,
                 Set<Long> ownStudentIds, Set<Long> taughtClassIds, Set<Long> formerStudentIds) {

        public <T> Specification<T> within(String pathAttribute, Set<Long> ids) {
            return (root, query, cb) -> {
                List<Predicate> any = new java.util.ArrayList<>();
                for (OrgPath path : adminPaths) {
                    any.add(cb.like(root.get(pathAttribute), path.likePattern()));
                }
                if (!ids.isEmpty()) {
                    any.add(root.get("id").in(ids));
                }
                return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
            };
        }

        public boolean reachesStudent(long id, OrgPath schoolPath) {
            return studentIds.contains(id) || formerStudentIds.contains(id) || administers(schoolPath);
        }

        /** Reached only as a former school's admin: read-only, and only the time at that school. */
        public boolean formerOnly(long id, OrgPath schoolPath) {
            return formerStudentIds.contains(id) && !administers(schoolPath) && !studentIds.contains(id);
        }

        public boolean reachesClass(long id, OrgPath schoolPath) {
            return classIds.contains(id) || administers(schoolPath);
        }

        /** Admins of the school and the class's own teachers see every member; parents and students only their own. */
        public boolean seesAllMembersOf(long classId, OrgPath schoolPath) {
            return taughtClassIds.contains(classId) || administers(schoolPath);
        }

        public boolean administers(OrgPath path) {
            return adminPaths.stream().anyMatch(p -> p.contains(path));
        }
    }

    private final StaffRepository staff;
    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final StudentRepository students;
    private final SchoolClassRepository classes;
    private final TeachingAssignmentRepository teaching;
    private final EnrolmentRepository enrolments;
    private final TransferRepository transfers;

    RosterReach(StaffRepository staff, GuardianRepository guardians, GuardianshipRepository guardianships,
                StudentRepository students, SchoolClassRepository classes, TeachingAssignmentRepository teaching,
                EnrolmentRepository enrolments, TransferRepository transfers) {
        this.transfers = transfers;
        this.staff = staff;
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.students = students;
        this.classes = classes;
        this.teaching = teaching;
        this.enrolments = enrolments;
    }

    /** Computed once per request and caller: a page that asks the directory several questions pays once. */
    public Reach of(Scope scope) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute(scope);
        }
        String key = RosterReach.class.getName() + ":" + scope.userId() + ":" + scope.grants().hashCode();
        Object cached = request.getAttribute(key, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Reach reach) {
            return reach;
        }
        Reach reach = compute(scope);
        request.setAttribute(key, reach, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return reach;
    }

    private Reach compute(Scope scope) {
        long account = scope.userId().value();
        Set<Long> staffIds = new HashSet<>(staff.idsOfAccount(account));
        Set<Long> taught = new HashSet<>();
        Set<Long> studentIds = new HashSet<>();
        if (!staffIds.isEmpty()) {
            taught.addAll(classes.ledBy(staffIds));
            taught.addAll(teaching.classesTaughtBy(staffIds));
            studentIds.addAll(nonEmpty(taught) ? enrolments.currentStudentsOf(taught) : List.of());
        }
        Set<Long> classIds = new HashSet<>(taught);
        List<Long> guardianIds = guardians.idsOfAccount(account);
        Set<Long> own = new HashSet<>(students.idsOfAccount(account));
        if (!guardianIds.isEmpty()) {
            own.addAll(guardianships.childrenOf(guardianIds));
        }
        if (!own.isEmpty()) {
            studentIds.addAll(own);
            classIds.addAll(enrolments.currentClassesOf(own));
        }
        Set<Long> former = new HashSet<>();
        for (OrgPath path : scope.adminPaths()) {
            former.addAll(transfers.studentsWhoLeft(path.likePattern()));
        }
        return new Reach(scope.adminPaths(), staffIds, classIds, studentIds, own, taught, former);
    }

    private static boolean nonEmpty(Collection<?> values) {
        return !values.isEmpty();
    }
}
