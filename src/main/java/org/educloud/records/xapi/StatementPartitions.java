package org.educloud.records.xapi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
 * Keeps one statement partition per calendar month (UTC, by the time the LRS stored each statement) from the
 * current month to {@code monthsAhead} months ahead, so old months can be detached and archived whole. Statements
 * that landed in the default partition before their month existed are moved into it when it is created. Runs
 * before other start-up work (the demo loader records learning), so the current month exists before anything is
 * stored in it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StatementPartitions implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StatementPartitions.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int monthsAhead;

    StatementPartitions(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
                        RecordsProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.monthsAhead = properties.monthsAhead();
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    void ensure() {
        YearMonth current = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (int i = 0; i <= monthsAhead; i++) {
            YearMonth month = current.plusMonths(i);
            if (!exists(month)) {
                transactions.executeWithoutResult(tx -> create(month));
            }
        }
    }

    static String name(YearMonth month) {
        return "statement_y%04dm%02d".formatted(month.getYear(), month.getMonthValue());
    }

    private boolean exists(YearMonth month) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param("records." + name(month))
                .query(Boolean.class).single();
    }

    private void create(YearMonth month) {
        // Several instances may start at once: one creates, the others find it done.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('records.statement partitions'))").query(Object.class).list();
        if (exists(month)) {
            return;
        }
        // Identifiers cannot be bound as parameters; name(month) and the bounds are built from numbers only.
        String table = "records." + name(month);
        String from = month.atDay(1) + " 00:00:00+00";
        String to = month.plusMonths(1).atDay(1) + " 00:00:00+00";
        jdbc.sql("CREATE TABLE " + table + " (LIKE records.statement INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
                .update();
        // no statement may land in the default partition between the move and the attach, or the attach fails
        jdbc.sql("LOCK TABLE records.statement_default IN SHARE ROW EXCLUSIVE MODE").update();
        int moved = jdbc.sql("WITH moved AS (DELETE FROM records.statement_default WHERE stored >= '" + from
                + "' AND stored < '" + to + "' RETURNING *) INSERT INTO " + table + " SELECT * FROM moved").update();
        jdbc.sql("ALTER TABLE records.statement ATTACH PARTITION " + table + " FOR VALUES FROM ('" + from
                + "') TO ('" + to + "')").update();
        LOG.info("Created statement partition {} ({} statements moved in from the default partition)", table, moved);
    }
}
