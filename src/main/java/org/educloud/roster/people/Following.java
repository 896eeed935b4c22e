package org.educloud.roster.people;

import org.educloud.roster.ClassId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.FollowedStudent;
import org.educloud.roster.Follower;
import org.educloud.roster.reach.RosterReach;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who follows whose school work: a student follows their own, a parent their children's. Answers the learning
 * space's two questions: whose work the caller may see, and whom to tell about a student's work.
 */
@Component
public class Following {

    private final RosterReach reach;
    private final JdbcClient jdbc;

    Following(RosterReach reach, JdbcClient jdbc) {
        this.reach = reach;
        this.jdbc = jdbc;
    }

    public List<FollowedStudent> followedBy(Scope scope) {
        var own = reach.of(scope).ownStudentIds();
        if (own.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> classes = new LinkedHashMap<>();
        jdbc.sql("SELECT student_id, class_id FROM roster.enrolment WHERE ends_on IS NULL "
                        + "AND student_id = ANY(CAST(? AS bigint[])) ORDER BY class_id")
                .param(own.toArray(Long[]::new))
                .query(rs -> {
                    classes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("SELECT id, name, school_id FROM roster.student WHERE id = ANY(CAST(? AS bigint[])) "
                        + "ORDER BY name, id")
                .param(own.toArray(Long[]::new))
                .query((rs, n) -> new FollowedStudent(org.educloud.roster.StudentId.of(rs.getLong(1)), rs.getString(2),
                        org.educloud.shared.OrgId.of(rs.getLong(3)),
                        classes.getOrDefault(rs.getLong(1), List.of()).stream().map(ClassId::of).toList()))
                .list();
    }

    public List<Follower> followersOf(Collection<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = studentIds.toArray(Long[]::new);
        return jdbc.sql("""
                        SELECT s.id, s.account_id, false FROM roster.student s
                        WHERE s.id = ANY(CAST(:ids AS bigint[])) AND s.account_id IS NOT NULL
                        UNION ALL
                        SELECT l.student_id, g.account_id, true FROM roster.guardianship l
                        JOIN roster.guardian g ON g.id = l.guardian_id
                        WHERE l.student_id = ANY(CAST(:ids AS bigint[])) AND g.account_id IS NOT NULL""")
                .param("ids", ids)
                .query((rs, n) -> new Follower(org.educloud.roster.StudentId.of(rs.getLong(1)), new UserId(rs.getLong(2)), rs.getBoolean(3)))
                .list();
    }

    /**
     * The accounts of the teachers of these classes (head teacher and subject teachers) who still work at the
     * school, by class: whom to tell about a class's students falling behind.
     */
    public Map<Long, List<UserId>> teachersOf(Collection<Long> classIds) {
        Map<Long, List<UserId>> teachers = new LinkedHashMap<>();
        if (classIds.isEmpty()) {
            return teachers;
        }
        jdbc.sql("""
                        SELECT DISTINCT t.class_id, s.account_id FROM (
                            SELECT class_id, staff_id FROM roster.teaching_assignment
                            WHERE class_id = ANY(CAST(:ids AS bigint[]))
                            UNION
                            SELECT id, head_teacher_id FROM roster.school_class
                            WHERE id = ANY(CAST(:ids AS bigint[])) AND head_teacher_id IS NOT NULL) t
                        JOIN roster.staff s ON s.id = t.staff_id
                        WHERE s.account_id IS NOT NULL AND s.employment_status = 'EMPLOYED'
                        ORDER BY t.class_id, s.account_id""")
                .param("ids", classIds.toArray(Long[]::new))
                .query(rs -> {
                    teachers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new UserId(rs.getLong(2)));
                });
        return teachers;
    }
}
