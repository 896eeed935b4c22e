package org.educloud.library.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resources whose index entry is out of date, queued in the transaction that changed them, so the index can
 * never miss a committed change: {@link SearchIndex} moves the queue into the change log every node's index follows
 * (after commit, and again after a crash).
 */
@Component
class SearchOutbox {

    private final JdbcClient jdbc;

    SearchOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(long resourceId) {
        jdbc.sql("INSERT INTO library.search_outbox (resource_id, queued_at) VALUES (?, clock_timestamp()) "
                + "ON CONFLICT (resource_id) DO UPDATE SET queued_at = excluded.queued_at").param(resourceId).update();
    }
}
