package org.educloud.schoolday.attendance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassKind;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.StudentView;
import org.educloud.schoolday.timetables.SchoolClasses;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave (请假): a parent asks for their own child, for days from today on (or the past week, for a sudden illness);
 * the child's head teacher approves or declines. An approved request turns the child's mark into "on leave" in
 * every roll of those days and keeps the parents from being told of an absence.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("attendance")
public class LeaveRequests {

    private static final String VIEW = "SELECT id, class_id, student_id, student_name, first_day, last_day, reason, "
            + "status FROM schoolday.leave_request ";

    private final JdbcClient jdbc;
    private final RosterDirectory roster;
    private final SchoolClasses classes;
    private final RollRights rights;
    private final Clock clock;

    LeaveRequests(JdbcClient jdbc, RosterDirectory roster, SchoolClasses classes, RollRights rights, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.classes = classes;
        this.rights = rights;
        this.clock = clock;
    }

    /** A parent asks leave for one of their children; another child (anyone's) is not found. */
    public long request(Scope scope, long studentId, LocalDate firstDay, LocalDate lastDay, String reason) {
        StudentView child = roster.myChildren(scope).stream().filter(s -> s.id().value() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("schoolday.error.childNotFound"));
        SchoolClassView homeroom = homeroomOf(scope, studentId)
                .orElseThrow(() -> new NotFoundException("schoolday.error.childNotFound"));
        LocalDate today = LocalDate.now(clock);
        if (lastDay.isBefore(firstDay) || firstDay.isBefore(today.minusDays(7)) || lastDay.isAfter(today.plusDays(60))) {
            throw new FieldRuleViolationException("firstDay", "schoolday.error.leaveDays");
        }
        if (reason.isBlank() || reason.length() > 200 || reason.indexOf('<') >= 0 || reason.indexOf('>') >= 0) {
            throw new FieldRuleViolationException("reason", "schoolday.error.leaveReason");
        }
        return jdbc.sql("""
                        INSERT INTO schoolday.leave_request (school_id, school_path, class_id, student_id, student_name,
                          first_day, last_day, reason, requested_by, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(homeroom.schoolId().value(), classes.pathOf(homeroom.schoolId()).value(), homeroom.id().value(),
                        studentId, child.name(), Date.valueOf(firstDay), Date.valueOf(lastDay), reason.strip(),
                        scope.userId().value(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** The head teacher of the request's class approves or declines it; anyone else who reaches it is refused. */
    public void decide(Scope scope, long requestId, boolean approve) {
        LeaveRequestView request = jdbc.sql(VIEW + "WHERE id = ?").param(requestId).query(LeaveRequests::view)
                .optional().orElseThrow(() -> new NotFoundException("schoolday.error.leaveNotFound"));
        classes.reach(scope, request.classId());
        rights.checkLeads(scope, ClassId.of(request.classId()));
        jdbc.sql("UPDATE schoolday.leave_request SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(approve ? "APPROVED" : "DECLINED", scope.userId().value(), Timestamp.from(clock.instant()),
                        requestId)
                .update();
    }

    /** Requests waiting for the caller as head teacher, oldest first. */
    @Transactional(readOnly = true)
    public List<LeaveRequestView> waiting(Scope scope) {
        List<Long> led = roster.ledClasses(scope).stream().map(ClassId::value).toList();
        if (led.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VIEW + "WHERE class_id IN (:classes) AND status = 'PENDING' ORDER BY first_day, id")
                .param("classes", led).query(LeaveRequests::view).list();
    }

    /** The requests for the caller's children, newest first. */
    @Transactional(readOnly = true)
    public List<LeaveRequestView> mine(Scope scope) {
        List<Long> children = roster.myChildren(scope).stream().map(s -> s.id().value()).toList();
        if (children.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(VIEW + "WHERE student_id IN (:children) ORDER BY first_day DESC, id DESC LIMIT 20")
                .param("children", children).query(LeaveRequests::view).list();
    }

    /** Students of a class on approved leave that day, with the reason given. */
    @Transactional(readOnly = true)
    public Map<Long, String> approvedOn(long classId, LocalDate date) {
        Map<Long, String> onLeave = new HashMap<>();
        jdbc.sql("SELECT student_id, reason FROM schoolday.leave_request WHERE class_id = ? AND status = 'APPROVED' "
                        + "AND ? BETWEEN first_day AND last_day")
                .params(classId, Date.valueOf(date))
                .query(rs -> {
                    onLeave.put(rs.getLong(1), rs.getString(2));
                });
        return onLeave;
    }

    /** The homeroom class a child of the caller attends, found through the classes the caller reaches. */
    java.util.Optional<SchoolClassView> homeroomOf(Scope scope, long studentId) {
        List<SchoolClassView> found = new ArrayList<>();
        for (SchoolClassView c : roster.myClasses(scope)) {
            if (c.kind() == ClassKind.HOMEROOM && roster.roster(scope, c.id()).students().stream()
                    .anyMatch(s -> s.id().value() == studentId)) {
                found.add(c);
            }
        }
        return found.stream().findFirst();
    }

    private static LeaveRequestView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LeaveRequestView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8));
    }
}
