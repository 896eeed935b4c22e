package org.educloud.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.educloud.learning.notifications.Inboxes;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: the bell's unread count, the list, marking read, and which kinds a person wants. Each person
 * only ever reads and marks their own. Other modules tell people of their facts through {@link #send}; the bell lives
 * here because the learning space had it first.
 */
@Service
@Transactional
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Inboxes inboxes;

    Notifications(JdbcClient jdbc, Clock clock, Inboxes inboxes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inboxes = inboxes;
    }

    /**
     * Tells these accounts of something another module saw (an outage, a ticket, a student falling behind), except
     * those who switched the kind off; a subject over 200 characters is cut. Answers how many were told.
     */
    public int send(Collection<UserId> recipients, NotificationKind kind, String subject, String link) {
        return inboxes.tell(recipients.stream().map(UserId::value).distinct().toList(), kind, subject, link);
    }

    @Transactional(readOnly = true)
    public long unread(UserId account) {
        return jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ? AND read_at IS NULL")
                .param(account.value()).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public PageSlice<NotificationView> list(Scope scope, int page, int size) {
        int safePage = PageSlice.safePage(page);
        long total = jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ?")
                .param(scope.userId().value()).query(Long.class).single();
        List<NotificationView> items = jdbc.sql("SELECT id, kind, subject, link, created_at, read_at "
                        + "FROM learning.notification WHERE recipient = ? ORDER BY created_at DESC, id DESC "
                        + "LIMIT ? OFFSET ?")
                .params(scope.userId().value(), size, (long) safePage * size)
                .query((rs, n) -> new NotificationView(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
        return new PageSlice<>(items, safePage, size, total);
    }

    /** Marks one of the caller's notifications read and answers where it leads; another person's is not found. */
    public String open(Scope scope, long id) {
        return jdbc.sql("UPDATE learning.notification SET read_at = coalesce(read_at, ?) WHERE id = ? AND recipient = ? "
                        + "RETURNING link")
                .params(Timestamp.from(clock.instant()), id, scope.userId().value())
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("learning.error.notificationNotFound"));
    }

    public int markAllRead(Scope scope) {
        return jdbc.sql("UPDATE learning.notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), scope.userId().value()).update();
    }

    /** The kinds the caller wants (all, unless switched off). */
    @Transactional(readOnly = true)
    public Set<NotificationKind> wanted(Scope scope) {
        Set<NotificationKind> wanted = EnumSet.allOf(NotificationKind.class);
        jdbc.sql("SELECT kind FROM learning.notification_opt_out WHERE account = ?").param(scope.userId().value())
                .query(String.class).list().forEach(kind -> wanted.remove(NotificationKind.valueOf(kind)));
        return wanted;
    }

    public void want(Scope scope, Set<NotificationKind> wanted) {
        long account = scope.userId().value();
        jdbc.sql("DELETE FROM learning.notification_opt_out WHERE account = ?").param(account).update();
        for (NotificationKind kind : EnumSet.complementOf(EnumSet.copyOf(
                wanted.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : wanted))) {
            jdbc.sql("INSERT INTO learning.notification_opt_out (account, kind) VALUES (?, ?)")
                    .params(account, kind.name()).update();
        }
    }
}
