package org.educloud.learning.missing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.learning.GradeSource;
import org.educloud.learning.MissedWork;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds missed work: for each piece due in the window, the class's current students who have nothing there. A
 * late submission counts as handed in; a quiz counts as taken once any attempt was scored.
 */
@Component
public class MissingWorkQueries {

    private static final int MOST = 2000;

    private final JdbcClient jdbc;
    private final RosterDirectory roster;

    MissingWorkQueries(JdbcClient jdbc, RosterDirectory roster) {
        this.jdbc = jdbc;
        this.roster = roster;
    }

    /** Work due in the class between {@code since} and {@code now} that its students missed. */
    public List<MissedWork> ofClass(ClassRoster members, Instant since, Instant now) {
        long classId = members.schoolClass().id().value();
        return missed(due(List.of(classId), since, now), Map.of(classId, members.students()));
    }

    /** The same over every class with work due in the window; rosters read as the installation. */
    public List<MissedWork> dueSince(Instant since, Instant now) {
        List<Due> due = due(null, since, now);
        Map<Long, List<StudentView>> students = new LinkedHashMap<>();
        for (long classId : new LinkedHashSet<>(due.stream().map(Due::classId).toList())) {
            try {
                students.put(classId, roster.roster(Scope.installation(), ClassId.of(classId)).students());
            } catch (NotFoundException gone) {
                // a class removed since: nobody left to warn about
            }
        }
        return missed(due, students);
    }

    /** A piece of work due: an assignment, or a column from another source. */
    private record Due(long id, long classId, MissedWork.Kind kind, String title, Instant dueAt) {
    }

    private List<Due> due(@org.jspecify.annotations.Nullable Collection<Long> classIds, Instant since, Instant now) {
        String inClasses = classIds == null ? "" : " AND class_id = ANY(CAST(? AS bigint[]))";
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(since), Timestamp.from(now)));
        if (classIds != null) {
            params.add(classIds.toArray(Long[]::new));
        }
        List<Due> due = new ArrayList<>(jdbc.sql("SELECT id, class_id, title, due_at FROM learning.assignment "
                        + "WHERE status = 'PUBLISHED' AND due_at >= ? AND due_at < ?" + inClasses
                        + " ORDER BY due_at LIMIT " + MOST)
                .params(params)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), MissedWork.Kind.ASSIGNMENT, rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list());
        due.addAll(jdbc.sql("SELECT id, class_id, title, due_at, source FROM learning.line_item "
                        + "WHERE due_at >= ? AND due_at < ?" + inClasses + " ORDER BY due_at LIMIT " + MOST)
                .params(params)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2),
                        GradeSource.valueOf(rs.getString(5)) == GradeSource.QUIZ ? MissedWork.Kind.QUIZ
                                : MissedWork.Kind.LTI,
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list());
        return due;
    }

    private List<MissedWork> missed(List<Due> due, Map<Long, List<StudentView>> students) {
        Set<String> done = new HashSet<>();
        List<Long> assignments = due.stream().filter(d -> d.kind() == MissedWork.Kind.ASSIGNMENT).map(Due::id).toList();
        List<Long> columns = due.stream().filter(d -> d.kind() != MissedWork.Kind.ASSIGNMENT).map(Due::id).toList();
        if (!assignments.isEmpty()) {
            jdbc.sql("SELECT DISTINCT assignment_id, student_id FROM learning.submission "
                            + "WHERE assignment_id = ANY(CAST(? AS bigint[]))")
                    .param(assignments.toArray(Long[]::new))
                    .query(rs -> {
                        done.add("A" + rs.getLong(1) + ":" + rs.getLong(2));
                    });
        }
        if (!columns.isEmpty()) {
            jdbc.sql("SELECT line_item_id, student_id FROM learning.line_item_score "
                            + "WHERE line_item_id = ANY(CAST(? AS bigint[]))")
                    .param(columns.toArray(Long[]::new))
                    .query(rs -> {
                        done.add("L" + rs.getLong(1) + ":" + rs.getLong(2));
                    });
        }
        List<MissedWork> missed = new ArrayList<>();
        for (Due d : due) {
            String prefix = d.kind() == MissedWork.Kind.ASSIGNMENT ? "A" : "L";
            for (StudentView s : students.getOrDefault(d.classId(), List.of())) {
                if (!done.contains(prefix + d.id() + ":" + s.id().value())) {
                    missed.add(new MissedWork(ClassId.of(d.classId()), s.id(), s.name(), d.kind(), d.title(),
                            d.dueAt()));
                }
            }
        }
        return missed;
    }
}
