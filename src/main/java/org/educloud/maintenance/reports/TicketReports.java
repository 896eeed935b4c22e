package org.educloud.maintenance.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds {@link TicketFigures} for the part of the org tree the caller oversees: bureaus' admins and operations
 * staff. Every query is bounded by the period (at most a year), by the caller's paths, and the school list by a row
 * limit.
 */
@Service
@Transactional(readOnly = true)
class TicketReports {

    static final int MAX_SCHOOLS = 500;
    private static final Set<Role> OVERSEEING = EnumSet.of(Role.PLATFORM_OPERATOR, Role.REGION_ADMIN,
            Role.DISTRICT_ADMIN, Role.OPERATIONS_STAFF);
    private static final String SLA_COLUMNS = """
            count(*), count(*) FILTER (WHERE resolved_at IS NOT NULL),
            count(*) FILTER (WHERE resolved_at IS NOT NULL OR response_breached OR resolution_breached),
            count(*) FILTER (WHERE resolved_at IS NOT NULL AND NOT response_breached AND NOT resolution_breached),
            avg(extract(epoch FROM resolved_at - reported_at) / 3600.0) FILTER (WHERE resolved_at IS NOT NULL)""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    TicketReports(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    static boolean oversees(Scope scope) {
        return scope.grants().stream().anyMatch(g -> OVERSEEING.contains(g.role()));
    }

    TicketFigures figures(Scope scope, LocalDate from, LocalDate to) {
        if (!oversees(scope)) {
            throw new ForbiddenException("maintenance.report.error.bureausOnly");
        }
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new RuleViolationException("maintenance.report.error.period");
        }
        List<Object> params = new ArrayList<>();
        String where = where(scope, from, to, params);
        List<TicketFigures.KindStatus> byKind = jdbc.sql("SELECT kind, status, count(*) FROM maintenance.ticket WHERE "
                        + where + " GROUP BY kind, status ORDER BY kind, status")
                .params(params).query((rs, n) -> new TicketFigures.KindStatus(rs.getString(1), rs.getString(2),
                        rs.getLong(3))).list();
        TicketFigures.SlaLine overall = jdbc.sql("SELECT '', " + SLA_COLUMNS + " FROM maintenance.ticket WHERE " + where)
                .params(params).query(TicketReports::line).single();
        List<Object> limited = new ArrayList<>(params);
        limited.add(MAX_SCHOOLS + 1);
        List<TicketFigures.SlaLine> bySchool = jdbc.sql("SELECT school_name, " + SLA_COLUMNS
                        + " FROM maintenance.ticket WHERE " + where + " GROUP BY school_id, school_name "
                        + "ORDER BY school_name, school_id LIMIT ?")
                .params(limited).query(TicketReports::line).list();
        List<TicketFigures.SlaLine> byLocality = jdbc.sql("SELECT coalesce(locality, ''), " + SLA_COLUMNS
                        + " FROM maintenance.ticket WHERE " + where + " GROUP BY locality ORDER BY locality")
                .params(params).query(TicketReports::line).list();
        boolean cut = bySchool.size() > MAX_SCHOOLS;
        return new TicketFigures(from, to, byKind, overall, cut ? bySchool.subList(0, MAX_SCHOOLS) : bySchool,
                byLocality, cut);
    }

    private String where(Scope scope, LocalDate from, LocalDate to, List<Object> params) {
        StringBuilder paths = new StringBuilder();
        for (OrgPath path : scope.grants().stream().filter(g -> OVERSEEING.contains(g.role()))
                .map(Scope.Grant::path).distinct().toList()) {
            paths.append(paths.isEmpty() ? "" : " OR ").append("school_path LIKE ?");
            params.add(path.likePattern());
        }
        params.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
        params.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        return "(" + paths + ") AND reported_at >= ? AND reported_at < ?";
    }

    private static TicketFigures.SlaLine line(ResultSet rs, int n) throws SQLException {
        double hours = rs.getDouble(6);
        return new TicketFigures.SlaLine(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.wasNull() ? null : Math.round(hours * 10) / 10.0);
    }
}
