package org.educloud.roster.schools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.educloud.roster.BackboneLevel;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.Qualification;
import org.educloud.roster.SchoolStaffing;
import org.educloud.roster.Specialist;
import org.educloud.roster.StudentAttributes;
import org.educloud.roster.UnplacedStudent;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Head counts under a node for reports, each one grouped query, so a region of a thousand schools is one round trip
 * per kind of count rather than one per school or class.
 */
@Component
public class HeadCounts {

    private final JdbcClient jdbc;

    HeadCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SchoolStaffing> under(Scope scope, OrgPath under) {
        return under(scope, under, null);
    }

    /** As {@link #under(Scope, OrgPath)}, for the given schools only when {@code schools} is not null. */
    public List<SchoolStaffing> under(Scope scope, OrgPath under, @Nullable Collection<OrgId> schools) {
        requireAdministrator(scope, under);
        // the school list is a condition of its own, not "list IS NULL OR ...": a prepared statement's generic plan
        // would otherwise scan every student under the node even when a single school is asked about
        List<Object> params = new ArrayList<>(List.of(under.likePattern()));
        String studentsOf = "";
        String staffOf = "";
        if (schools != null) {
            params.add(schools.stream().map(OrgId::value).toArray(Long[]::new));
            studentsOf = " AND s.school_id = ANY(?)";
            staffOf = " AND school_id = ANY(?)";
        }
        Map<Long, Map<Integer, Long>> students = new HashMap<>();
        Map<Long, long[]> attributes = new HashMap<>();
        jdbc.sql("""
                        SELECT s.school_id, c.grade, count(*), count(*) FILTER (WHERE s.left_behind),
                               count(*) FILTER (WHERE s.migrant), count(*) FILTER (WHERE s.disability)
                        FROM roster.student s
                        JOIN roster.enrolment e ON e.student_id = s.id AND e.ends_on IS NULL
                        JOIN roster.school_class c ON c.id = e.class_id AND c.kind = 'HOMEROOM'
                        WHERE s.school_path LIKE ? AND s.status = 'ENROLLED'
                        """ + studentsOf + " GROUP BY s.school_id, c.grade")
                .params(params)
                .query(rs -> {
                    students.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
                    long[] a = attributes.computeIfAbsent(rs.getLong(1), id -> new long[3]);
                    a[0] += rs.getLong(4);
                    a[1] += rs.getLong(5);
                    a[2] += rs.getLong(6);
                });
        // enrolled students without an open homeroom enrolment are enrolled all the same (P_i counts them)
        Map<Long, Long> unplaced = new HashMap<>();
        jdbc.sql("""
                        SELECT s.school_id, count(*), count(*) FILTER (WHERE s.left_behind),
                               count(*) FILTER (WHERE s.migrant), count(*) FILTER (WHERE s.disability)
                        FROM roster.student s
                        WHERE s.school_path LIKE ? AND s.status = 'ENROLLED'""" + studentsOf + """
                          AND NOT EXISTS (SELECT 1 FROM roster.enrolment e
                                          JOIN roster.school_class c ON c.id = e.class_id AND c.kind = 'HOMEROOM'
                                          WHERE e.student_id = s.id AND e.ends_on IS NULL)
                        GROUP BY s.school_id""")
                .params(params)
                .query(rs -> {
                    unplaced.put(rs.getLong(1), rs.getLong(2));
                    long[] a = attributes.computeIfAbsent(rs.getLong(1), id -> new long[3]);
                    a[0] += rs.getLong(3);
                    a[1] += rs.getLong(4);
                    a[2] += rs.getLong(5);
                });
        Map<Long, Long> staff = new HashMap<>();
        jdbc.sql("SELECT school_id, count(*) FROM roster.staff WHERE school_path LIKE ? AND employment_status = 'EMPLOYED'"
                        + staffOf + " GROUP BY school_id")
                .params(params)
                .query(rs -> {
                    staff.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, Tally> teachers = new HashMap<>();
        jdbc.sql("""
                        SELECT school_id, qualification, title, backbone_level, specialist, count(*) FROM roster.staff
                        WHERE school_path LIKE ? AND full_time_teacher AND employment_status = 'EMPLOYED'
                        """ + staffOf + " GROUP BY school_id, qualification, title, backbone_level, specialist")
                .params(params)
                .query(rs -> {
                    teachers.computeIfAbsent(rs.getLong(1), id -> new Tally()).add(
                            Qualification.valueOf(rs.getString(2)), ProfessionalTitle.valueOf(rs.getString(3)),
                            BackboneLevel.valueOf(rs.getString(4)), Specialist.valueOf(rs.getString(5)), rs.getLong(6));
                });
        Set<Long> found = new TreeSet<>(students.keySet());
        found.addAll(teachers.keySet());
        found.addAll(unplaced.keySet());
        found.addAll(staff.keySet());
        return found.stream().map(id -> {
            Tally t = teachers.getOrDefault(id, new Tally());
            long[] a = attributes.getOrDefault(id, new long[3]);
            return new SchoolStaffing(OrgId.of(id), students.getOrDefault(id, Map.of()), a[0], a[1], a[2], t.total,
                    t.qualification, t.title, t.backbone, t.specialist, unplaced.getOrDefault(id, 0L),
                    staff.getOrDefault(id, 0L));
        }).toList();
    }

    /** Enrolled students of one school in no open homeroom class, by name, at most {@code limit} of them. */
    public List<UnplacedStudent> withoutHomeroom(Scope scope, OrgPath school, int limit) {
        requireAdministrator(scope, school);
        return jdbc.sql("""
                        SELECT s.id, s.name FROM roster.student s
                        WHERE s.school_path = ? AND s.status = 'ENROLLED'
                          AND NOT EXISTS (SELECT 1 FROM roster.enrolment e
                                          JOIN roster.school_class c ON c.id = e.class_id AND c.kind = 'HOMEROOM'
                                          WHERE e.student_id = s.id AND e.ends_on IS NULL)
                        ORDER BY s.name, s.id LIMIT ?""")
                .params(school.value(), limit)
                .query((rs, n) -> new UnplacedStudent(org.educloud.roster.StudentId.of(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    /** Enrolled students (open enrolments only) of the given classes under a node the caller administers. */
    public Map<Long, Long> classSizes(Scope scope, OrgPath under, Collection<Long> classIds) {
        requireAdministrator(scope, under);
        Map<Long, Long> sizes = new HashMap<>();
        if (classIds.isEmpty()) {
            return sizes;
        }
        jdbc.sql("""
                        SELECT e.class_id, count(*) FROM roster.enrolment e
                        JOIN roster.student s ON s.id = e.student_id AND s.status = 'ENROLLED'
                        WHERE e.school_path LIKE ? AND e.class_id = ANY(?) AND e.ends_on IS NULL GROUP BY e.class_id""")
                .params(under.likePattern(), classIds.toArray(Long[]::new))
                .query(rs -> {
                    sizes.put(rs.getLong(1), rs.getLong(2));
                });
        return sizes;
    }

    /** The equity attributes of the given enrolled students under a node the caller administers. */
    public List<StudentAttributes> attributes(Scope scope, OrgPath under, Collection<Long> studentIds) {
        requireAdministrator(scope, under);
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, school_id, left_behind, migrant, disability FROM roster.student
                        WHERE school_path LIKE ? AND id = ANY(?) AND status = 'ENROLLED'""")
                .params(under.likePattern(), studentIds.toArray(Long[]::new))
                .query((rs, n) -> new StudentAttributes(org.educloud.roster.StudentId.of(rs.getLong(1)), OrgId.of(rs.getLong(2)), rs.getBoolean(3),
                        rs.getBoolean(4), rs.getBoolean(5)))
                .list();
    }

    private static void requireAdministrator(Scope scope, OrgPath under) {
        if (!scope.canAdminister(under)) {
            throw new NotFoundException("roster.error.schoolNotFound");
        }
    }

    private static final class Tally {
        long total;
        final Map<Qualification, Long> qualification = new EnumMap<>(Qualification.class);
        final Map<ProfessionalTitle, Long> title = new EnumMap<>(ProfessionalTitle.class);
        final Map<BackboneLevel, Long> backbone = new EnumMap<>(BackboneLevel.class);
        final Map<Specialist, Long> specialist = new EnumMap<>(Specialist.class);

        void add(Qualification q, ProfessionalTitle t, BackboneLevel b, Specialist s, long count) {
            total += count;
            qualification.merge(q, count, Long::sum);
            title.merge(t, count, Long::sum);
            backbone.merge(b, count, Long::sum);
            specialist.merge(s, count, Long::sum);
        }
    }
}
