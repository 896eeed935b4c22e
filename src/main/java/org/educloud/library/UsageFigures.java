package org.educloud.library;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.educloud.roster.ClassId;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.CalendarSpan;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's use per school, for the equity reports: read from each school's daily and monthly totals (kept as
 * uses are counted), so a region's figures are a few small grouped queries rather than a walk over events.
 */
@Service
@Transactional(readOnly = true)
public class UsageFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    UsageFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every school under {@code under} with any use from {@code from} to {@code to}, both days included. */
    public List<SchoolUsage> perSchool(Scope scope, OrgPath under, LocalDate from, LocalDate to) {
        requireAdministrator(scope, under);
        Map<Long, long[]> figures = new HashMap<>();
        // whole months from the month totals, the part-months at the ends from the day totals
        CalendarSpan span = CalendarSpan.of(from, to);
        jdbc.sql("""
                        SELECT school_id, sum(views), sum(downloads) FROM (
                          SELECT school_id, views, downloads FROM library.school_day_usage
                          WHERE school_path LIKE :under AND day BETWEEN :from AND :headTo
                          UNION ALL
                          SELECT school_id, views, downloads FROM library.school_day_usage
                          WHERE school_path LIKE :under AND day BETWEEN :tailFrom AND :to
                          UNION ALL
                          SELECT school_id, views, downloads FROM library.school_month_usage
                          WHERE school_path LIKE :under AND month BETWEEN :wholeFrom AND :wholeTo) periods
                        GROUP BY school_id""")
                .param("under", under.likePattern()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("headTo", Date.valueOf(span.headTo())).param("tailFrom", Date.valueOf(span.tailFrom()))
                .param("wholeFrom", Date.valueOf(span.wholeFrom())).param("wholeTo", Date.valueOf(span.wholeTo()))
                .query(rs -> {
                    long[] f = figures.computeIfAbsent(rs.getLong(1), id -> new long[6]);
                    f[0] = rs.getLong(2);
                    f[1] = rs.getLong(3);
                });
        Timestamp start = Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        jdbc.sql("""
                        SELECT owner_id, count(*), count(DISTINCT author_id) FROM library.resource
                        WHERE owner_path LIKE ? AND created_at >= ? AND created_at < ? GROUP BY owner_id""")
                .params(under.likePattern(), start, end)
                .query(rs -> {
                    long[] f = figures.computeIfAbsent(rs.getLong(1), id -> new long[6]);
                    f[2] = rs.getLong(2);
                    f[3] = rs.getLong(3);
                });
        jdbc.sql("""
                        SELECT school_id, count(*), count(DISTINCT teacher_id) FROM library.class_push
                        WHERE school_path LIKE ? AND pushed_at >= ? AND pushed_at < ? GROUP BY school_id""")
                .params(under.likePattern(), start, end)
                .query(rs -> {
                    long[] f = figures.computeIfAbsent(rs.getLong(1), id -> new long[6]);
                    f[4] = rs.getLong(2);
                    f[5] = rs.getLong(3);
                });
        return new TreeSet<>(figures.keySet()).stream().map(id -> {
            long[] f = figures.get(id);
            return new SchoolUsage(OrgId.of(id), f[0], f[1], f[2], f[3], f[4], f[5]);
        }).toList();
    }

    /**
     * Resources pushed to each class under {@code under} from {@code from} to {@code to}, both days included, counted
     * by when they were pushed, as {@link #perSchool} counts a school's.
     */
    public Map<ClassId, Long> pushesPerClass(Scope scope, OrgPath under, LocalDate from, LocalDate to) {
        requireAdministrator(scope, under);
        Map<ClassId, Long> pushes = new HashMap<>();
        jdbc.sql("""
                        SELECT class_id, count(*) FROM library.class_push
                        WHERE school_path LIKE ? AND pushed_at >= ? AND pushed_at < ? GROUP BY class_id""")
                .params(under.likePattern(), Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()),
                        Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query(rs -> {
                    pushes.put(ClassId.of(rs.getLong(1)), rs.getLong(2));
                });
        return pushes;
    }

    /** Views and downloads per school and calendar month, for trends. */
    public Map<YearMonth, Map<OrgId, Long>> usesByMonth(Scope scope, OrgPath under, YearMonth from, YearMonth to) {
        requireAdministrator(scope, under);
        Map<YearMonth, Map<OrgId, Long>> months = new TreeMap<>();
        jdbc.sql("""
                        SELECT month, school_id, views + downloads FROM library.school_month_usage
                        WHERE school_path LIKE ? AND month >= ? AND month < ?""")
                .params(under.likePattern(), Date.valueOf(from.atDay(1)), Date.valueOf(to.plusMonths(1).atDay(1)))
                .query(rs -> {
                    months.computeIfAbsent(YearMonth.from(rs.getDate(1).toLocalDate()), m -> new HashMap<>())
                            .put(OrgId.of(rs.getLong(2)), rs.getLong(3));
                });
        return months;
    }

    private static void requireAdministrator(Scope scope, OrgPath under) {
        if (!scope.canAdminister(under)) {
            throw new ForbiddenException("library.error.usageForbidden");
        }
    }
}
