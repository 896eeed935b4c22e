package org.educloud.library.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.educloud.library.storage.FileStorage;
import org.educloud.library.storage.LibraryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what a crash can leave behind: content written to storage by an upload whose transaction never committed
 * (no blob row), and spool files of uploads cut off mid-way. Only things older than a day are touched, so nothing
 * an upload in progress still needs; one node sweeps at a time.
 */
@Component
public class OrphanContentSweep {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanContentSweep.class);
    public static final Duration GRACE = Duration.ofDays(1);

    private final FileStorage storage;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Path incoming;
    private final Clock clock;

    OrphanContentSweep(FileStorage storage, JdbcClient jdbc, TransactionTemplate transactions,
                       LibraryProperties properties, Clock clock) {
        this.storage = storage;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.incoming = properties.directory().resolve("incoming");
        this.clock = clock;
    }

    @Scheduled(cron = "${educloud.library.sweep-cron:0 30 3 * * *}")
    void nightly() {
        transactions.executeWithoutResult(status -> {
            boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('library.orphan-sweep'))")
                    .query(Boolean.class).single();
            if (mine) {
                sweep(clock.instant().minus(GRACE));
            }
        });
    }

    /** Removes orphaned content and spool files last written before the cutoff; returns how many went. */
    public int sweep(Instant cutoff) {
        List<String> batch = new ArrayList<>();
        int[] removed = {0};
        try {
            storage.forEachOlderThan(cutoff, key -> {
                batch.add(key);
                if (batch.size() == 1000) {
                    removed[0] += removeUnreferenced(batch);
                    batch.clear();
                }
            });
            removed[0] += removeUnreferenced(batch);
            removed[0] += removeSpoolFiles(cutoff);
        } catch (IOException e) {
            LOG.warn("The sweep of orphaned content stopped", e);
        }
        if (removed[0] > 0) {
            LOG.info("Removed {} orphaned files", removed[0]);
        }
        return removed[0];
    }

    private int removeUnreferenced(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> known = new HashSet<>(jdbc.sql("SELECT sha256 FROM library.blob WHERE sha256 = ANY(CAST(? AS text[]))")
                .param(keys.toArray(String[]::new)).query(String.class).list());
        int removed = 0;
        for (String key : keys) {
            if (!known.contains(key)) {
                try {
                    storage.delete(key);
                    removed++;
                } catch (IOException e) {
                    LOG.warn("Orphaned content {} could not be removed", key, e);
                }
            }
        }
        return removed;
    }

    private int removeSpoolFiles(Instant cutoff) throws IOException {
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        int removed = 0;
        try (var files = Files.list(incoming)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
