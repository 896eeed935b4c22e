package org.educloud.roster.oneroster.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IntegrationCaller;
import org.educloud.roster.oneroster.OneRosterObject;
import org.springframework.stereotype.Component;

/**
 * What nested collections are limited to: the school, class or user in the path must be in the client's reach
 * (else 404), and the conditions that select a class's students, a teacher's classes and so on.
 */
@Component
class RosteringReach {

    /** A class's students and a student's classes are today's; the enrollments collection keeps the history. */
    static final String CURRENT = "(e.ends_on IS NULL OR e.ends_on >= CURRENT_DATE)";

    private final RosteringCollections collections;
    private final OneRosterQueries queries;
    private final OneRosterOrgs orgs;

    RosteringReach(RosteringCollections collections, OneRosterQueries queries, OneRosterOrgs orgs) {
        this.collections = collections;
        this.queries = queries;
        this.orgs = orgs;
    }

    void requireExists(IntegrationCaller caller, SqlCollection collection, Condition condition, String id) {
        if (!queries.exists(collection, caller.orgPath(), condition, id)) {
            throw new UnknownObject(id);
        }
    }

    /** The school must be a school in the client's reach. */
    long schoolId(IntegrationCaller caller, String id) {
        long school = number(OneRosterObject.ORG.prefix(), id);
        if (orgs.one(caller.orgPath(), id, true, RosteringResponses.refs(), List.of("sourcedId")).isEmpty()) {
            throw new UnknownObject(id);
        }
        return school;
    }

    Condition inSchool(IntegrationCaller caller, String id) {
        return Condition.of("r.\"_schoolId\" = :school", "school", schoolId(caller, id));
    }

    /** A class in the client's reach, by EduCloud's id or the source's sourcedId of an imported class. */
    long classId(IntegrationCaller caller, String id) {
        return queries.local(collections.classes, caller.orgPath(), Condition.NONE, id)
                .orElseThrow(() -> new UnknownObject(id)).id();
    }

    long classInSchool(IntegrationCaller caller, String schoolId, String classId) {
        long school = schoolId(caller, schoolId);
        return queries.local(collections.classes, caller.orgPath(),
                        Condition.of("r.\"_schoolId\" = :school", "school", school), classId)
                .orElseThrow(() -> new UnknownObject(classId)).id();
    }

    static Condition studentsOf(long classId) {
        return Condition.of("r.\"_id\" IN "
                + "(SELECT e.student_id FROM roster.enrolment e WHERE e.class_id = :class AND " + CURRENT + ")",
                "class", classId);
    }

    static Condition teachersOf(long classId) {
        return Condition.of("r.\"_id\" IN "
                + "(SELECT c.head_teacher_id FROM roster.school_class c WHERE c.id = :class "
                + "UNION SELECT a.staff_id FROM roster.teaching_assignment a WHERE a.class_id = :class)",
                "class", classId);
    }

    /** The classes a student is enrolled in or a teacher heads or teaches. */
    Condition classesOf(IntegrationCaller caller, SqlCollection users, String userId) {
        OneRosterQueries.Local user = queries.local(users, caller.orgPath(), Condition.NONE, userId)
                .orElseThrow(() -> new UnknownObject(userId));
        // The students and teachers collections are single-table: their rows' kind is the collection's.
        String kind = user.kind().isEmpty() ? (users.keys().containsKey(OneRosterObject.STUDENT.prefix()) ? "s" : "t") : user.kind();
        if (kind.equals("s")) {
            return Condition.of("r.\"_id\" IN (SELECT e.class_id FROM roster.enrolment e WHERE e.student_id = :user "
                            + "AND " + CURRENT + ")", "user", user.id());
        }
        if (kind.equals("t")) {
            return Condition.of("r.\"_id\" IN (SELECT c.id FROM roster.school_class c WHERE c.head_teacher_id = :user "
                    + "UNION SELECT a.class_id FROM roster.teaching_assignment a WHERE a.staff_id = :user)",
                    "user", user.id());
        }
        return new Condition("FALSE", Map.of());
    }

    static long number(String prefix, String sourcedId) {
        if (sourcedId.startsWith(prefix)) {
            try {
                return Long.parseLong(sourcedId.substring(prefix.length()));
            } catch (NumberFormatException e) {
                // falls through to unknown
            }
        }
        throw new UnknownObject(sourcedId);
    }

    static Condition and(Condition a, Condition b) {
        Map<String, Object> params = new LinkedHashMap<>(a.params());
        params.putAll(b.params());
        return new Condition("(" + a.sql() + ") AND (" + b.sql() + ")", params);
    }
}
