package org.educloud.maintenance.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.educloud.library.StoredFile;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.tenancy.Locality;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tickets' SQL: every read of a list is bounded and filtered by what the caller may see. */
@Repository
class TicketStore {

    private static final String COLUMNS = """
            t.id, t.school_id, t.school_path, t.school_name, t.locality, t.kind, t.title, t.description, t.location,
            t.equipment_id, t.priority, t.status, t.vendor_id, v.name, t.reporter_id, t.reporter_name, t.reported_at,
            t.respond_by, t.resolve_by, t.responded_at, t.resolved_at, t.closed_at, t.response_breached,
            t.resolution_breached, t.rating, t.rating_comment, t.incident_id
            FROM maintenance.ticket t LEFT JOIN maintenance.vendor v ON v.id = t.vendor_id""";

    /** Who is asking for a list: the paths they handle tickets under, their own account, their vendor company. */
    record Viewer(Collection<OrgPath> handledPaths, long account, @Nullable Long vendorId) {
    }

    /** A new ticket as the store writes it. */
    record NewTicket(long schoolId, OrgPath schoolPath, String schoolName, @Nullable Locality locality,
                     TicketKind kind, String title, String description, String location, @Nullable Long equipmentId,
                     TicketPriority priority, TicketStatus status, long reporterId, String reporterName,
                     Instant reportedAt, Instant respondBy, Instant resolveBy, @Nullable Long incidentId) {
    }

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewTicket t) {
        return jdbc.sql("""
                        INSERT INTO maintenance.ticket (school_id, school_path, school_name, locality, kind, title,
                          description, location, equipment_id, priority, status, reporter_id, reporter_name, reported_at,
                          respond_by, resolve_by, incident_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(t.schoolId(), t.schoolPath().value(), t.schoolName(),
                        t.locality() == null ? null : t.locality().name(), t.kind().name(), t.title(), t.description(),
                        t.location(), t.equipmentId(), t.priority().name(), t.status().name(), t.reporterId(),
                        t.reporterName(), ts(t.reportedAt()), ts(t.respondBy()), ts(t.resolveBy()), t.incidentId())
                .query(Long.class).single();
    }

    Optional<TicketRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE t.id = ?").param(id).query(TicketStore::row).optional();
    }

    /** The ticket under its row lock, for a change. */
    Optional<Ticket> lock(long id) {
        jdbc.sql("SELECT id FROM maintenance.ticket WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
        return find(id).map(TicketRow::aggregate);
    }

    Optional<Long> byIncident(long incidentId) {
        return jdbc.sql("SELECT id FROM maintenance.ticket WHERE incident_id = ?").param(incidentId)
                .query(Long.class).optional();
    }

    void save(Ticket t) {
        jdbc.sql("""
                        UPDATE maintenance.ticket SET priority = ?, status = ?, vendor_id = ?, respond_by = ?,
                          resolve_by = ?, responded_at = ?, resolved_at = ?, closed_at = ?, response_breached = ?,
                          resolution_breached = ?, rating = ?, rating_comment = ?, version = version + 1
                        WHERE id = ?""")
                .params(t.priority().name(), t.status().name(), t.vendorId(), ts(t.respondBy()), ts(t.resolveBy()),
                        ts(t.respondedAt()), ts(t.resolvedAt()), ts(t.closedAt()), t.responseBreached(),
                        t.resolutionBreached(), t.rating(), t.ratingComment(), t.id())
                .update();
    }

    void record(long ticketId, Ticket.Transition transition, long actorId, String actorName, Instant at) {
        jdbc.sql("""
                        INSERT INTO maintenance.ticket_transition (ticket_id, from_status, to_status, action, actor_id,
                          actor_name, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ticketId, transition.from() == null ? null : transition.from().name(), transition.to().name(),
                        transition.action().name(), actorId, actorName, transition.note(), ts(at))
                .update();
    }

    void comment(long ticketId, long authorId, String authorName, String body, Instant at) {
        jdbc.sql("INSERT INTO maintenance.ticket_comment (ticket_id, author_id, author_name, body, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(ticketId, authorId, authorName, body, ts(at)).update();
    }

    void photo(long ticketId, StoredFile file, Instant at) {
        jdbc.sql("INSERT INTO maintenance.ticket_photo (ticket_id, sha256, media_type, size, file_name, added_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(ticketId, file.sha256(), file.mediaType(), file.size(), file.fileName(), ts(at)).update();
    }

    List<TicketComment> comments(long ticketId) {
        return jdbc.sql("SELECT id, author_id, author_name, body, created_at FROM maintenance.ticket_comment "
                        + "WHERE ticket_id = ? ORDER BY created_at, id LIMIT 500")
                .param(ticketId)
                .query((rs, n) -> new TicketComment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    List<TicketHistoryEntry> history(long ticketId) {
        return jdbc.sql("SELECT action, from_status, to_status, actor_id, actor_name, note, at "
                        + "FROM maintenance.ticket_transition WHERE ticket_id = ? ORDER BY at, id LIMIT 500")
                .param(ticketId)
                .query((rs, n) -> new TicketHistoryEntry(TicketAction.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : TicketStatus.valueOf(rs.getString(2)),
                        TicketStatus.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    List<TicketPhoto> photos(long ticketId) {
        return jdbc.sql("SELECT id, sha256, media_type, size, file_name FROM maintenance.ticket_photo "
                        + "WHERE ticket_id = ? ORDER BY id")
                .param(ticketId)
                .query((rs, n) -> new TicketPhoto(rs.getLong(1), rs.getString(2).strip(), rs.getString(3),
                        rs.getLong(4), rs.getString(5)))
                .list();
    }

    /** The tickets the viewer may see, newest first, optionally of one status. */
    PageSlice<TicketRow> list(Viewer viewer, @Nullable TicketStatus status, int page, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("(t.reporter_id = ?");
        params.add(viewer.account());
        for (OrgPath path : viewer.handledPaths()) {
            where.append(" OR t.school_path LIKE ?");
            params.add(path.likePattern());
        }
        if (viewer.vendorId() != null) {
            where.append(" OR t.vendor_id = ?");
            params.add(viewer.vendorId());
        }
        where.append(")");
        if (status != null) {
            where.append(" AND t.status = ?");
            params.add(status.name());
        }
        int safePage = PageSlice.safePage(page);
        long total = jdbc.sql("SELECT count(*) FROM maintenance.ticket t WHERE " + where).params(params)
                .query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add((long) safePage * size);
        List<TicketRow> rows = jdbc.sql("SELECT " + COLUMNS + " WHERE " + where
                        + " ORDER BY t.reported_at DESC, t.id DESC LIMIT ? OFFSET ?")
                .params(paged).query(TicketStore::row).list();
        return new PageSlice<>(rows, safePage, size, total);
    }

    /** Unresolved tickets whose response or resolution timer ran out and is not marked yet, oldest first. */
    List<Long> overdue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM maintenance.ticket
                        WHERE status NOT IN ('RESOLVED', 'CLOSED')
                          AND ((NOT response_breached AND responded_at IS NULL AND respond_by < ?)
                            OR (NOT resolution_breached AND resolve_by < ?))
                        ORDER BY resolve_by LIMIT ?""")
                .params(ts(now), ts(now), limit).query(Long.class).list();
    }

    private static TicketRow row(ResultSet rs, int n) throws SQLException {
        return new TicketRow(rs.getLong(1), rs.getLong(2), new OrgPath(rs.getString(3)), rs.getString(4),
                rs.getString(5) == null ? null : Locality.valueOf(rs.getString(5)), TicketKind.valueOf(rs.getString(6)),
                rs.getString(7), rs.getString(8), rs.getString(9), (Long) rs.getObject(10),
                TicketPriority.valueOf(rs.getString(11)), TicketStatus.valueOf(rs.getString(12)),
                (Long) rs.getObject(13), rs.getString(14), rs.getLong(15), rs.getString(16), instant(rs, 17),
                instant(rs, 18), instant(rs, 19), instant(rs, 20), instant(rs, 21), instant(rs, 22),
                rs.getBoolean(23), rs.getBoolean(24), (Integer) rs.getObject(25, Integer.class), rs.getString(26),
                (Long) rs.getObject(27));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
