package org.educloud.library.search;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The numbered change log every search index follows (ADR 32), and the places of its followers: each node's Lucene
 * index, or one OpenSearch index that all nodes share. A follower indexes the log past its place and then moves
 * its place; entries every live follower has passed are pruned, and a follower not seen for a while loses its
 * place (it rebuilds when it is back).
 */
@Component
class SearchChangeLog {

    private static final Logger LOG = LoggerFactory.getLogger(SearchChangeLog.class);
    private static final int BATCH = 200;
    private static final int MOVES = 1000;
    /** The advisory lock of the one node that numbers the outbox's rows; any number no other lock uses. */
    private static final long SEQUENCER_LOCK = 0x4564_7543_6C64_5345L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SearchChangeLog(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    record Change(long seq, long resourceId) {
    }

    /**
     * Moves committed outbox rows into the log. The advisory lock is held until the move commits, so the numbers of
     * one move are visible only after every smaller one's: a node that has read number n has read all below it.
     * A node finding another one moving waits for it, so that its own drain sees those changes too.
     * Rows a transaction still holds (it changed the resource again) are skipped until it commits.
     */
    void sequence() {
        for (Integer moved = MOVES; moved != null && moved == MOVES; ) {
            moved = transactions.execute(status -> {
                // wait for a move another node is making (it is short) rather than skip it: a drain then indexes
                // every change committed before it began, whichever node numbered it
                jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SEQUENCER_LOCK).query((rs, n) -> 1).list();
                return jdbc.sql("""
                        WITH taken AS (
                            DELETE FROM library.search_outbox WHERE resource_id IN (
                                SELECT resource_id FROM library.search_outbox ORDER BY queued_at LIMIT ?
                                FOR UPDATE SKIP LOCKED)
                            RETURNING resource_id, queued_at)
                        INSERT INTO library.search_change (resource_id)
                        SELECT resource_id FROM taken ORDER BY queued_at
                        """).param(MOVES).update();
            });
        }
    }

    /** A follower's place, touched so that others know it is alive; empty when it has none. */
    Optional<Long> place(String follower) {
        return jdbc.sql("UPDATE library.search_node SET seen_at = now() WHERE node_id = ? RETURNING applied_through")
                .param(follower).query(Long.class).optional();
    }

    /**
     * A follower's place, locked until the caller's transaction ends: followers that share one index (OpenSearch)
     * index the log one at a time. Empty when it has none or another node holds it ({@link #hasPlace} tells which).
     */
    Optional<Long> lockedPlace(String follower) {
        return jdbc.sql("SELECT applied_through FROM library.search_node WHERE node_id = ? FOR UPDATE SKIP LOCKED")
                .param(follower).query(Long.class).optional();
    }

    /** Whether a follower has a place (whoever holds its lock). */
    boolean hasPlace(String follower) {
        return jdbc.sql("SELECT count(*) FROM library.search_node WHERE node_id = ?").param(follower)
                .query(Long.class).single() > 0;
    }

    /** The next batch of changes after a place. */
    List<Change> after(long seq) {
        return jdbc.sql("SELECT seq, resource_id FROM library.search_change WHERE seq > ? ORDER BY seq LIMIT ?")
                .params(seq, BATCH).query(Change.class).list();
    }

    /** Moves a follower's place once its index holds the changes up to there. */
    void passed(String follower, long through) {
        jdbc.sql("UPDATE library.search_node SET applied_through = ?, seen_at = now() WHERE node_id = ?")
                .params(through, follower).update();
    }

    /**
     * Gives a follower its place at the end of the log as it stands once the outbox's committed rows are numbered,
     * before it rebuilds: every change up to there is in the database the rebuild reads, and the changes after it
     * are kept for it (and indexed again, which is harmless). Returns the place.
     */
    long placeAtEnd(String follower) {
        sequence();
        return placeAtLogEnd(follower);
    }

    /** {@link #placeAtEnd} without numbering the outbox first: the caller has just done so, in a transaction of its own. */
    long placeAtLogEnd(String follower) {
        long through = jdbc.sql("SELECT coalesce(max(seq), 0) FROM library.search_change").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO library.search_node (node_id, applied_through, seen_at, rebuilt_at)
                VALUES (?, ?, now(), now())
                ON CONFLICT (node_id) DO UPDATE SET applied_through = excluded.applied_through, seen_at = now(),
                                                    rebuilt_at = now()
                """).params(follower, through).update();
        return through;
    }

    /** Drops what every live follower has indexed, and the places of followers away too long. */
    void prune(Duration absentAfter) {
        String away = absentAfter.toSeconds() + " seconds";
        int gone = jdbc.sql("DELETE FROM library.search_node WHERE seen_at < now() - CAST(? AS interval)")
                .param(away).update();
        if (gone > 0) {
            LOG.info("{} search indexes were not followed for longer than {}: they are rebuilt when their nodes"
                    + " return", gone, absentAfter);
        }
        jdbc.sql("""
                DELETE FROM library.search_change WHERE seq <= (SELECT min(applied_through) FROM library.search_node
                                                            WHERE seen_at >= now() - CAST(? AS interval))
                """).param(away).update();
    }

    /** The database's search generation: an index built from another database (or a restored copy) is rebuilt. */
    String generation() {
        return jdbc.sql("SELECT generation::text FROM library.search_index_state WHERE id = 1")
                .query(String.class).single();
    }
}
