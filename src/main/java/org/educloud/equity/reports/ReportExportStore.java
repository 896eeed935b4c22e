package org.educloud.equity.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Export jobs and their files. Status changes are guarded by the status they expect, so a job is claimed by one
 * worker only and a job already marked interrupted is not finished afterwards. Outside a transaction each
 * statement commits on its own, which is what progress needs: the page sees each step as it is done.
 */
@Component
class ReportExportStore {

    private static final String COLUMNS = "id, org_id, org_path, org_name, school_year, format, status, steps_done, "
            + "steps_total, requested_by_name, requested_at, started_at, finished_at, failure, file_name, content_size";

    /** A job with the path that decides who may see it. */
    record Job(ReportExportView view, OrgPath orgPath, String language) {
    }

    private final JdbcClient jdbc;

    ReportExportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long queue(OrgId org, OrgPath path, String orgName, String year, ReportFormat format, String language,
               long by, String byName, Instant at) {
        return jdbc.sql("""
                        INSERT INTO equity.report_export (org_id, org_path, org_name, school_year, format, language,
                          status, requested_by, requested_by_name, requested_at, heartbeat_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?) RETURNING id""")
                .params(org.value(), path.value(), orgName, year, format.name(), language, by, byName,
                        Timestamp.from(at), Timestamp.from(at))
                .query(Long.class).single();
    }

    Optional<Job> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", language FROM equity.report_export WHERE id = ?")
                .param(id).query(ReportExportStore::job).optional();
    }

    List<ReportExportView> recent(List<OrgId> orgs, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", language FROM equity.report_export WHERE org_id IN (:orgs) "
                        + "ORDER BY requested_at DESC, id DESC LIMIT :limit")
                .param("orgs", orgs.stream().map(OrgId::value).toList()).param("limit", limit)
                .query(ReportExportStore::job).list().stream().map(Job::view).toList();
    }

    /** Keeps a waiting job from looking abandoned. */
    void stillWaiting(long id, Instant at) {
        jdbc.sql("UPDATE equity.report_export SET heartbeat_at = ? WHERE id = ? AND status = 'QUEUED'")
                .params(Timestamp.from(at), id).update();
    }

    boolean claim(long id, int steps, Instant at) {
        return jdbc.sql("UPDATE equity.report_export SET status = 'RUNNING', steps_total = ?, started_at = ?, "
                        + "heartbeat_at = ? WHERE id = ? AND status = 'QUEUED'")
                .params(steps, Timestamp.from(at), Timestamp.from(at), id).update() == 1;
    }

    void progress(long id, int stepsDone, Instant at) {
        jdbc.sql("UPDATE equity.report_export SET steps_done = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(stepsDone, Timestamp.from(at), id).update();
    }

    /** The file and DONE in one statement: a job is either finished with its whole file or not finished. */
    boolean finish(long id, String fileName, byte[] content, Instant at) {
        return jdbc.sql("""
                        UPDATE equity.report_export SET status = 'DONE', steps_done = steps_total, file_name = ?,
                          content = ?, content_size = ?, finished_at = ?, heartbeat_at = ?
                        WHERE id = ? AND status = 'RUNNING'""")
                .params(fileName, content, (long) content.length, Timestamp.from(at), Timestamp.from(at), id)
                .update() == 1;
    }

    void fail(long id, String failure, Instant at) {
        jdbc.sql("UPDATE equity.report_export SET status = 'FAILED', failure = ?, finished_at = ?, heartbeat_at = ? "
                        + "WHERE id = ? AND status IN ('QUEUED', 'RUNNING')")
                .params(failure, Timestamp.from(at), Timestamp.from(at), id).update();
    }

    /** Jobs whose worker has not been heard of since {@code before}: their node stopped. */
    int failAbandoned(Instant before, Instant at) {
        return jdbc.sql("UPDATE equity.report_export SET status = 'FAILED', failure = 'equity.export.interrupted', "
                        + "finished_at = ? WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < ?")
                .params(Timestamp.from(at), Timestamp.from(before)).update();
    }

    /** Finished files older than {@code before} are dropped; their rows stay as history. */
    int dropFilesFinishedBefore(Instant before) {
        return jdbc.sql("UPDATE equity.report_export SET content = NULL, status = 'FAILED', "
                        + "failure = 'equity.export.expired' WHERE status = 'DONE' AND finished_at < ?")
                .param(Timestamp.from(before)).update();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM equity.report_export WHERE id = ? AND status = 'DONE'")
                .param(id).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        ReportExportView view = new ReportExportView(rs.getLong("id"), OrgId.of(rs.getLong("org_id")),
                rs.getString("org_name"), rs.getString("school_year"), ReportFormat.valueOf(rs.getString("format")),
                ReportExportStatus.valueOf(rs.getString("status")), rs.getInt("steps_done"), rs.getInt("steps_total"),
                rs.getString("requested_by_name"), instant(rs, "requested_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("failure"), rs.getString("file_name"),
                (Long) rs.getObject("content_size"));
        return new Job(view, new OrgPath(rs.getString("org_path")), rs.getString("language"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
