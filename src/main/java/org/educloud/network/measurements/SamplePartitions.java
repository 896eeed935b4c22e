package org.educloud.network.measurements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.network.probes.ProbeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one partition per UTC day of heartbeats and of measurements, from the oldest day a sample may still arrive
 * for (the allowed backlog) to a few days ahead, and drops the days past retention, and the hourly roll-ups past
 * theirs. Runs at start-up (before anything is stored) and every hour on one node.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SamplePartitions implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SamplePartitions.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProbeProperties properties;
    private final Clock clock;

    SamplePartitions(JdbcClient jdbc, TransactionTemplate transactions, ProbeProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        maintain();
    }

    @Scheduled(cron = "0 7 * * * *", zone = "UTC")
    @SchedulerLock(name = "network.sample-partitions", lockAtMostFor = "PT10M")
    public void maintain() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate firstNeeded = today.minusDays(properties.maxSampleAge().toDays() + 1);
        for (LocalDate day = firstNeeded; !day.isAfter(today.plusDays(properties.partitionsAhead()));
             day = day.plusDays(1)) {
            LocalDate d = day;
            transactions.executeWithoutResult(tx -> {
                // several nodes may start at once: one creates, the others find it done
                jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('network sample partitions'))")
                        .query(Object.class).list();
                create("heartbeat", d);
                create("measurement", d);
            });
        }
        dropBefore("heartbeat", today.minusDays(properties.heartbeatRetention().toDays()));
        dropBefore("measurement", today.minusDays(properties.measurementRetention().toDays()));
        int hours = jdbc.sql("DELETE FROM network.line_hourly WHERE hour < ?")
                .param(java.sql.Timestamp.from(clock.instant().minus(properties.hourlyRetention()))).update();
        if (hours > 0) {
            LOG.info("Dropped {} hourly line roll-ups past retention", hours);
        }
    }

    /** Partitions of this table as (name, day), oldest first. */
    List<String> partitions(String table) {
        return jdbc.sql("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                        + "WHERE i.inhparent = ('network.' || ?)::regclass ORDER BY c.relname")
                .param(table).query(String.class).list();
    }

    static String name(String table, LocalDate day) {
        return table + "_p" + DAY.format(day);
    }

    private void create(String table, LocalDate day) {
        // identifiers cannot be bound: table is one of two constants and the day is formatted from a date
        String from = day + " 00:00:00+00";
        String to = day.plusDays(1) + " 00:00:00+00";
        jdbc.sql("CREATE TABLE IF NOT EXISTS network." + name(table, day) + " PARTITION OF network." + table
                + " FOR VALUES FROM ('" + from + "') TO ('" + to + "')").update();
    }

    private void dropBefore(String table, LocalDate keepFrom) {
        String oldestKept = name(table, keepFrom);
        for (String partition : partitions(table)) {
            if (partition.compareTo(oldestKept) < 0 && partition.startsWith(table + "_p")) {
                transactions.executeWithoutResult(tx ->
                        jdbc.sql("DROP TABLE IF EXISTS network." + partition).update());
                LOG.info("Dropped partition network.{} (past retention)", partition);
            }
        }
    }
}
