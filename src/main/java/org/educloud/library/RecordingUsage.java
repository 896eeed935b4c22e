package org.educloud.library;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts views and downloads of a resource (what "most used" sorts by). */
@Component
class RecordingUsage {

    private final JdbcClient jdbc;
    private final SearchOutbox outbox;

    RecordingUsage(JdbcClient jdbc, SearchOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    void viewed(long id) {
        jdbc.sql("UPDATE library.resource SET view_count = view_count + 1 WHERE id = ?").param(id).update();
        outbox.queue(id);
    }

    void downloaded(long id) {
        jdbc.sql("UPDATE library.resource SET download_count = download_count + 1 WHERE id = ?").param(id).update();
        outbox.queue(id);
    }
}
