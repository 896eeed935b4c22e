package org.educloud.identity.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.Masking;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only log of security-relevant actions. Entries are visible to the admins whose scope covers the
 * org node they concern; entries about no node (a login with an unknown name) only to platform operators.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** Records another module's action in the publisher's transaction, so both commit or neither does. */
    @EventListener
    void on(AuditableActionOccurred action) {
        String actorName = action.actor() == null ? null : usernameOf(action.actor());
        write(action.actor(), actorName, action.action(), "SUCCESS", action.target(), action.orgPath(), action.detail());
    }

    /** For outcomes that must be kept even when the surrounding work fails, such as a refused login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(@Nullable UserId actor, @Nullable String actorName, String action, String outcome,
                                    @Nullable String target, @Nullable OrgPath orgPath, @Nullable String detail) {
        write(actor, actorName, action, outcome, target, orgPath, detail);
    }

    @Transactional(readOnly = true)
    public PageSlice<AuditEntryView> search(Scope scope, AuditQuery query, int page, int size) {
        int pageSize = Math.clamp(size, 1, 200);
        int pageNumber = PageSlice.safePage(page);
        List<Object> params = new ArrayList<>();
        String where = whereClause(scope, query, params);
        long total = jdbc.sql("select count(*) from identity.audit_event where " + where)
                .params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageSize);
        pageParams.add((long) pageNumber * pageSize);
        List<AuditEntryView> rows = jdbc.sql("""
                        select id, occurred_at, actor_name, action, outcome, target, ip, detail
                        from identity.audit_event where %s
                        order by occurred_at desc, id desc limit ? offset ?""".formatted(where))
                .params(pageParams)
                .query((rs, n) -> new AuditEntryView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_name"), rs.getString("action"), rs.getString("outcome"),
                        rs.getString("target"), rs.getString("ip"), rs.getString("detail")))
                .list();
        return new PageSlice<>(rows, pageNumber, pageSize, total);
    }

    private String whereClause(Scope scope, AuditQuery query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!scope.isOperator()) {
            Set<OrgPath> paths = scope.adminPaths();
            if (paths.isEmpty()) {
                return "false";
            }
            List<String> any = new ArrayList<>();
            for (OrgPath path : paths) {
                any.add("org_path like ?");
                params.add(path.likePattern());
            }
            conditions.add("(" + String.join(" or ", any) + ")");
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            conditions.add("lower(actor_name) = lower(?)");
            params.add(query.actor().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            conditions.add("action like ?");
            params.add(query.action().strip().replace("%", "") + "%");
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    /**
     * Phone and ID numbers are masked in whatever is written (a login someone typed, a file name, a student
     * number a module names as target): the log is read by many admins and kept for long.
     */
    private void write(@Nullable UserId actor, @Nullable String actorName, String action, String outcome,
                       @Nullable String target, @Nullable OrgPath orgPath, @Nullable String detail) {
        jdbc.sql("""
                        insert into identity.audit_event
                          (occurred_at, actor_id, actor_name, action, outcome, target, org_path, ip, detail)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), actor == null ? null : actor.value(),
                        truncate(Masking.personalNumbers(actorName), 64), action, outcome,
                        truncate(Masking.personalNumbers(target), 200), orgPath == null ? null : orgPath.value(),
                        currentAddress(), truncate(Masking.personalNumbers(detail), 1000))
                .update();
    }

    private @Nullable String usernameOf(UserId id) {
        return jdbc.sql("select username from identity.account where id = ?").param(id.value())
                .query(String.class).optional().orElse(null);
    }

    /** The address of the request being served, if any: what the audit log and the throttles key on. */
    public static @Nullable String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
