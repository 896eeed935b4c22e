package org.educloud.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.educloud.learning.access.Caller;
import org.educloud.learning.access.Callers;
import org.educloud.learning.assignments.AssignmentAccess;
import org.educloud.learning.assignments.AssignmentRow;
import org.educloud.learning.assignments.AssignmentStore;
import org.educloud.roster.ClassId;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments tied to a timetable period of the day they open (issue 33): the school day shows them in the class's
 * timetable and on "today". Learning keeps only the period's position; the bell schedule is the school day's, which
 * checks that the position is a teaching period before tying.
 */
@Service
public class AssignmentPeriods {

    private final Assignments assignments;
    private final AssignmentStore store;
    private final Callers callers;
    private final JdbcClient jdbc;
    private final Clock clock;

    AssignmentPeriods(Assignments assignments, AssignmentStore store, Callers callers, JdbcClient jdbc, Clock clock) {
        this.assignments = assignments;
        this.store = store;
        this.callers = callers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Ties an assignment the caller manages to a period of its opening day, or (null) unties it. */
    @Transactional
    public void tie(Scope scope, AssignmentId assignmentId, @Nullable Integer position) {
        assignments.managed(scope, assignmentId);
        if (position != null && (position < 1 || position > 20)) {
            throw new FieldRuleViolationException("position", "learning.error.period");
        }
        jdbc.sql("UPDATE learning.assignment SET period_position = ? WHERE id = ?")
                .params(position, assignmentId.value()).update();
    }

    /** The class's assignments tied to a period and opening in the days, those the caller may read, by day and period. */
    @Transactional(readOnly = true)
    public List<PeriodWork> inPeriods(Scope scope, ClassId classId, LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        Caller caller = callers.of(scope);
        Instant now = clock.instant();
        List<long[]> tied = jdbc.sql("SELECT id, period_position FROM learning.assignment WHERE class_id = ? "
                        + "AND period_position IS NOT NULL AND opens_at >= ? AND opens_at < ? ORDER BY opens_at, id")
                .params(classId.value(), Timestamp.from(from.atStartOfDay(zone).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
        List<PeriodWork> work = new ArrayList<>();
        for (long[] row : tied) {
            AssignmentRow a = store.find(row[0]).orElse(null);
            if (a != null && AssignmentAccess.mayRead(caller, a, now)) {
                work.add(new PeriodWork(a.assignmentId(), ClassId.of(a.classId()), a.title(),
                        LocalDate.ofInstant(a.opensAt(), zone), (int) row[1], a.dueAt(), a.published()));
            }
        }
        return work;
    }
}
