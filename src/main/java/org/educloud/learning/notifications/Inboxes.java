package org.educloud.learning.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import org.educloud.learning.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's inboxes: where the listeners, the reminder job and {@link org.educloud.learning.Notifications#send} put
 * notifications.
 */
@Component
@Transactional
public class Inboxes {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inboxes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Tells these accounts, except those who switched the kind off; one notification per account. */
    public int tell(Collection<Long> accounts, NotificationKind kind, String subject, String link) {
        if (accounts.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        INSERT INTO learning.notification (recipient, kind, subject, link, created_at)
                        SELECT DISTINCT a, CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS timestamptz)
                        FROM unnest(CAST(? AS bigint[])) AS a
                        WHERE NOT EXISTS (SELECT 1 FROM learning.notification_opt_out o
                                          WHERE o.account = a AND o.kind = ?)""")
                .params(kind.name(), subject.length() > 200 ? subject.substring(0, 200) : subject, link,
                        Timestamp.from(clock.instant()), accounts.toArray(Long[]::new), kind.name())
                .update();
    }
}
