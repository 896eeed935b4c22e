package org.educloud.learning.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.learning.NotificationKind;
import org.educloud.roster.ClassId;
import org.educloud.roster.Follower;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentView;
import org.educloud.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A day before an assignment is due, its students who have not handed it in (and their parents) are reminded,
 * once: the assignment is marked in the same transaction, and with several nodes only one runs the job at a time.
 */
@Component
public class DueSoonReminders {

    static final Duration AHEAD = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final RosterDirectory roster;
    private final Inboxes notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DueSoonReminders(JdbcClient jdbc, RosterDirectory roster, Inboxes notifications,
                     TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${educloud.learning.reminder-delay:5m}")
    @SchedulerLock(name = "learning.due-soon", lockAtMostFor = "PT10M")
    public void remind() {
        Instant now = clock.instant();
        List<long[]> due = jdbc.sql("SELECT id, class_id FROM learning.assignment WHERE status = 'PUBLISHED' "
                        + "AND due_soon_sent_at IS NULL AND due_at > ? AND due_at <= ? AND opens_at <= ? LIMIT 500")
                .params(Timestamp.from(now), Timestamp.from(now.plus(AHEAD)), Timestamp.from(now))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        due.forEach(a -> transactions.executeWithoutResult(status -> remind(a[0], a[1], now)));
    }

    private void remind(long assignmentId, long classId, Instant now) {
        String title = jdbc.sql("UPDATE learning.assignment SET due_soon_sent_at = ? WHERE id = ? "
                        + "AND due_soon_sent_at IS NULL RETURNING title")
                .params(Timestamp.from(now), assignmentId).query(String.class).optional().orElse(null);
        if (title == null) {
            return;
        }
        List<Long> handedIn = jdbc.sql("SELECT DISTINCT student_id FROM learning.submission WHERE assignment_id = ?")
                .param(assignmentId).query(Long.class).list();
        List<StudentId> missing = roster.roster(Scope.installation(), ClassId.of(classId)).students().stream()
                .map(StudentView::id).filter(id -> !handedIn.contains(id.value())).toList();
        List<Long> accounts = roster.followersOf(missing).stream().map(Follower::account).map(a -> a.value())
                .distinct().toList();
        notifications.tell(accounts, NotificationKind.DUE_SOON, title, "/learning/assignments/" + assignmentId);
    }
}
