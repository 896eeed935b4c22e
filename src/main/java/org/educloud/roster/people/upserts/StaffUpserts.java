package org.educloud.roster.people.upserts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.educloud.roster.imports.PgCopy;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes staff for every import, a batch at a time: the rows go into {@value #ROWS} by COPY and are merged into
 * {@code roster.staff} by school and 工号 in one statement. Qualification, title and the indicators' attributes a
 * row leaves out (a OneRoster row without the metadata.educloud columns) are kept for an existing member and take
 * the defaults for a new one; the school's own file carries every field and sets them all (an empty phone or
 * subject list clears it). A member a OneRoster delta removed and listed again is back. Part of the caller's
 * transaction.
 */
@Component
public class StaffUpserts {

    /**
     * The temporary table of the current batch: {@code row_key} (sourcedId, or the staff number), the school,
     * {@code staff_number}, {@code username} (the one a new member should have, null for a generated one), the
     * fields, and {@code inserted}, set by the merge for the members it created.
     */
    public static final String ROWS = "tmp_staff_upsert";

    /**
     * One checked staff member; a null field is kept as it is (or defaulted for a new member) unless the row is
     * {@code whole}.
     *
     * @param whole    the row carries every field (the school's own file): phone and subjects are set even when empty
     * @param username the username a new member should have, or null for a generated one
     */
    public record StaffRow(String rowKey, long schoolId, String schoolPath, String staffNumber,
                           @Nullable String username, String name, @Nullable String gender, @Nullable String phone,
                           @Nullable String subjects, @Nullable String qualification, @Nullable String title,
                           @Nullable Boolean fullTimeTeacher, @Nullable String backboneLevel,
                           @Nullable String specialist, boolean whole) {
    }

    /** What a merge did: members created, members updated, and the accounts of removed members now back. */
    public record Merged(int created, int updated, List<UserId> back) {
    }

    /** The merged batch's members for {@link NewAccounts}: key, member, account, school, username, name, phone. */
    public static final String ACCOUNT_ROWS = """
            SELECT t.row_key, f.id, f.account_id, f.school_id, t.username, f.name, f.phone
            FROM tmp_staff_upsert t JOIN roster.staff f ON f.school_id = t.school_id AND f.staff_number = t.staff_number""";

    /** As {@link #ACCOUNT_ROWS}, the members this merge created only. */
    public static final String CREATED_ACCOUNT_ROWS = ACCOUNT_ROWS + " WHERE t.inserted";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    StaffUpserts(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Loads a batch into {@value #ROWS} (replacing the previous one) and merges it. A member who had left comes
     * back to work when a OneRoster set lists them; the school's own file brings back only a member a delta removed
     * (someone the school marked as having left stays so, file or not).
     */
    public Merged merge(List<StaffRow> rows) {
        jdbc.sql("""
                CREATE TEMP TABLE IF NOT EXISTS tmp_staff_upsert (row_key text, school_id bigint, school_path text,
                    staff_number text, username text, name text, gender text, phone text, subjects text,
                    qualification text, title text, full_time_teacher boolean, backbone_level text, specialist text,
                    whole boolean, inserted boolean NOT NULL DEFAULT FALSE) ON COMMIT DROP""").update();
        jdbc.sql("TRUNCATE tmp_staff_upsert").update();
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_staff_upsert (row_key, school_id, school_path, staff_number, "
                + "username, name, gender, phone, subjects, qualification, title, full_time_teacher, backbone_level, "
                + "specialist, whole)")) {
            for (StaffRow r : rows) {
                copy.row(r.rowKey(), r.schoolId(), r.schoolPath(), r.staffNumber(), r.username(), r.name(), r.gender(),
                        r.phone(), r.subjects(), r.qualification(), r.title(), r.fullTimeTeacher(), r.backboneLevel(),
                        r.specialist(), r.whole());
            }
        }
        List<UserId> back = jdbc.sql("""
                SELECT f.account_id FROM tmp_staff_upsert t
                JOIN roster.staff f ON f.school_id = t.school_id AND f.staff_number = t.staff_number
                WHERE f.removed_at IS NOT NULL AND f.account_id IS NOT NULL""")
                .query((rs, n) -> new UserId(rs.getLong(1))).list();
        boolean whole = rows.stream().allMatch(StaffRow::whole);
        String backToWork = whole ? "staff.employment_status = 'LEFT' AND staff.removed_at IS NOT NULL"
                : "staff.employment_status = 'LEFT'";
        Timestamp now = Timestamp.from(clock.instant());
        int[] counts = new int[2];
        jdbc.sql("""
                        WITH merged AS (
                            INSERT INTO roster.staff (school_id, school_path, staff_number, name, gender, phone, subjects,
                                qualification, title, full_time_teacher, backbone_level, specialist, created_at,
                                updated_at)
                            SELECT DISTINCT ON (t.school_id, t.staff_number) t.school_id, t.school_path, t.staff_number,
                                   t.name, COALESCE(t.gender, e.gender),
                                   CASE WHEN t.whole THEN t.phone ELSE COALESCE(t.phone, e.phone) END,
                                   CASE WHEN t.whole THEN COALESCE(t.subjects, '') ELSE COALESCE(e.subjects, '') END,
                                   COALESCE(t.qualification, e.qualification), COALESCE(t.title, e.title),
                                   COALESCE(t.full_time_teacher, e.full_time_teacher, TRUE),
                                   COALESCE(t.backbone_level, e.backbone_level, 'NONE'),
                                   COALESCE(t.specialist, e.specialist, 'NONE'), ?, ?
                            FROM tmp_staff_upsert t
                            LEFT JOIN roster.staff e ON e.school_id = t.school_id AND e.staff_number = t.staff_number
                            ON CONFLICT (school_id, staff_number) DO UPDATE SET name = EXCLUDED.name,
                                gender = EXCLUDED.gender, phone = EXCLUDED.phone, subjects = EXCLUDED.subjects,
                                qualification = EXCLUDED.qualification, title = EXCLUDED.title,
                                full_time_teacher = EXCLUDED.full_time_teacher, backbone_level = EXCLUDED.backbone_level,
                                specialist = EXCLUDED.specialist, removed_at = NULL,
                                employment_status = CASE WHEN %s THEN 'EMPLOYED' ELSE staff.employment_status END
                            RETURNING school_id, staff_number, (xmax = 0) AS inserted),
                        marked AS (
                            UPDATE tmp_staff_upsert t SET inserted = TRUE FROM merged m
                            WHERE m.inserted AND t.school_id = m.school_id AND t.staff_number = m.staff_number)
                        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged"""
                        .formatted(backToWork))
                .params(now, now)
                .query((rs, n) -> {
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                    return null;
                }).list();
        return new Merged(counts[0], counts[1], back);
    }
}
