package org.educloud.roster.people.upserts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.educloud.roster.Gender;
import org.educloud.roster.imports.PgCopy;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes students for every import, a batch at a time: the rows go into {@value #ROWS} by COPY and are merged into
 * {@code roster.student} by 全国学籍号 in one statement, so re-importing a file updates the same students. A student
 * a OneRoster delta removed and listed again is back (their account is returned, to be enabled again). A row of the
 * school's own file carries every field and sets them all; a OneRoster row carries name, sex and birth date only
 * (the last two for new students only) and leaves the rest as it is. Placing the batch's students in the classes
 * their rows name goes through the {@link HomeroomRule}. Part of the caller's transaction: an import that fails
 * later rolls all of it back.
 */
@Component
public class StudentUpserts {

    /**
     * The temporary table holding the current batch: {@code row_key} (the importer's key of the row: its sourcedId,
     * or the student number), {@code student_number}, {@code local_id} (a student found by other means, already
     * written), the fields, and {@code inserted}, set by the merge for the students it created. Readers join it to
     * {@code roster.student} to map their keys to students.
     */
    public static final String ROWS = "tmp_student_upsert";

    /** A student's fields only the school's own file carries (OneRoster has none of them). */
    public record Attributes(@Nullable String ethnicity, @Nullable String idNumber, boolean boarding,
                             boolean leftBehind, boolean migrant, boolean disability, boolean economicHardship) {
    }

    /**
     * One checked student.
     *
     * @param rowKey        what the importer calls the row by (sourcedId, or the student number)
     * @param studentNumber the natural key; null for a student without one, found by {@code localId}
     * @param gender        null: kept as it is (a OneRoster row for a known student)
     * @param birthDate     null: kept as it is
     * @param attributes    null: kept as they are (a OneRoster row); else set, empty values clearing them
     * @param classId       a class of the school to place the student in from today, or null
     * @param localId       a student already written by other means (OneRoster's sourcedId link), merged no further
     */
    public record StudentRow(String rowKey, long schoolId, String schoolPath, @Nullable String studentNumber,
                             String name, @Nullable Gender gender, @Nullable LocalDate birthDate,
                             @Nullable Attributes attributes, @Nullable Long classId, @Nullable Long localId) {
    }

    /** What a merge did: students created, students updated, and the accounts of removed students now back. */
    public record Merged(int created, int updated, List<UserId> back) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final HomeroomRule homerooms;

    StudentUpserts(JdbcClient jdbc, DataSource dataSource, Clock clock, HomeroomRule homerooms) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.homerooms = homerooms;
    }

    /** Loads a batch into {@value #ROWS} (replacing the previous one) and merges it; no row may repeat a number. */
    public Merged merge(List<StudentRow> rows) {
        jdbc.sql("""
                CREATE TEMP TABLE IF NOT EXISTS tmp_student_upsert (row_key text, school_id bigint, school_path text,
                    student_number text, name text, gender text, birth_date date, whole boolean, ethnicity text,
                    id_number text, boarding boolean, left_behind boolean, migrant boolean, disability boolean,
                    economic_hardship boolean, class_id bigint, local_id bigint,
                    inserted boolean NOT NULL DEFAULT FALSE) ON COMMIT DROP""").update();
        jdbc.sql("TRUNCATE tmp_student_upsert").update();
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_student_upsert (row_key, school_id, school_path, "
                + "student_number, name, gender, birth_date, whole, ethnicity, id_number, boarding, left_behind, "
                + "migrant, disability, economic_hardship, class_id, local_id)")) {
            for (StudentRow r : rows) {
                Attributes a = r.attributes();
                copy.row(r.rowKey(), r.schoolId(), r.schoolPath(), r.studentNumber(), r.name(),
                        r.gender() == null ? null : r.gender().name(), r.birthDate(), a != null,
                        a == null ? null : a.ethnicity(), a == null ? null : a.idNumber(),
                        a == null ? null : a.boarding(), a == null ? null : a.leftBehind(),
                        a == null ? null : a.migrant(), a == null ? null : a.disability(),
                        a == null ? null : a.economicHardship(), r.classId(), r.localId());
            }
        }
        // Read before the merge clears removed_at: these people may sign in again.
        List<UserId> back = jdbc.sql("""
                SELECT s.account_id FROM tmp_student_upsert t JOIN roster.student s ON s.student_number = t.student_number
                    AND s.school_id = t.school_id
                WHERE s.removed_at IS NOT NULL AND s.account_id IS NOT NULL""")
                .query((rs, n) -> new UserId(rs.getLong(1))).list();
        Timestamp now = Timestamp.from(clock.instant());
        // updated_at is left to the trigger, which stamps only a row that really changed.
        int[] counts = new int[2];
        jdbc.sql("""
                        WITH merged AS (
                            INSERT INTO roster.student (school_id, school_path, student_number, name, gender, birth_date,
                                ethnicity, id_number, boarding, left_behind, migrant, disability, economic_hardship,
                                created_at, updated_at)
                            SELECT DISTINCT ON (t.student_number) t.school_id, t.school_path, t.student_number, t.name,
                                   COALESCE(t.gender, x.gender), COALESCE(t.birth_date, x.birth_date),
                                   CASE WHEN t.whole THEN t.ethnicity ELSE x.ethnicity END,
                                   CASE WHEN t.whole THEN t.id_number ELSE x.id_number END,
                                   CASE WHEN t.whole THEN t.boarding ELSE COALESCE(x.boarding, FALSE) END,
                                   CASE WHEN t.whole THEN t.left_behind ELSE COALESCE(x.left_behind, FALSE) END,
                                   CASE WHEN t.whole THEN t.migrant ELSE COALESCE(x.migrant, FALSE) END,
                                   CASE WHEN t.whole THEN t.disability ELSE COALESCE(x.disability, FALSE) END,
                                   CASE WHEN t.whole THEN t.economic_hardship ELSE COALESCE(x.economic_hardship, FALSE) END,
                                   ?, ?
                            FROM tmp_student_upsert t LEFT JOIN roster.student x ON x.student_number = t.student_number
                            WHERE t.student_number IS NOT NULL
                            ON CONFLICT (student_number) DO UPDATE SET name = EXCLUDED.name, gender = EXCLUDED.gender,
                                birth_date = EXCLUDED.birth_date, ethnicity = EXCLUDED.ethnicity,
                                id_number = EXCLUDED.id_number, boarding = EXCLUDED.boarding,
                                left_behind = EXCLUDED.left_behind, migrant = EXCLUDED.migrant,
                                disability = EXCLUDED.disability, economic_hardship = EXCLUDED.economic_hardship,
                                removed_at = NULL
                            -- a student number held by another school is that school's student: never written over
                            -- (the first pass refuses such rows; this holds if another school took the number since)
                            WHERE student.school_id = EXCLUDED.school_id
                            RETURNING student_number, (xmax = 0) AS inserted),
                        marked AS (
                            UPDATE tmp_student_upsert t SET inserted = TRUE FROM merged m
                            WHERE m.inserted AND t.student_number = m.student_number)
                        SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged""")
                .params(now, now)
                .query((rs, n) -> {
                    counts[0] = rs.getInt(1);
                    counts[1] = rs.getInt(2);
                    return null;
                }).list();
        return new Merged(counts[0], counts[1], back);
    }

    /**
     * The rows of the merged batch for {@link NewAccounts}: key, student, account, school, wanted username (none:
     * a generated one, as a student number carries the ID number), name and phone (students have none here).
     */
    public static final String ACCOUNT_ROWS = """
            SELECT t.row_key, s.id, s.account_id, s.school_id, NULL::text, s.name, NULL
            FROM tmp_student_upsert t JOIN roster.student s ON s.student_number = t.student_number
            UNION ALL
            SELECT t.row_key, s.id, s.account_id, s.school_id, NULL::text, s.name, NULL
            FROM tmp_student_upsert t JOIN roster.student s ON s.id = t.local_id""";

    /** The students this merge created, for {@link NewAccounts} as {@link #ACCOUNT_ROWS}. */
    public static final String CREATED_ACCOUNT_ROWS = """
            SELECT t.row_key, s.id, s.account_id, s.school_id, NULL::text, s.name, NULL
            FROM tmp_student_upsert t JOIN roster.student s ON s.student_number = t.student_number
            WHERE t.inserted""";

    /**
     * Places the merged batch's students in the classes their rows name, from {@code today}, under the
     * {@link HomeroomRule}: a membership they already have open stays as it is; one that ended opens again.
     *
     * @return how many memberships were made or opened again
     */
    public int place(LocalDate today) {
        // A table of its own, analysed: the rule's anti-join over a subquery was planned as a scan per membership.
        jdbc.sql("""
                CREATE TEMP TABLE IF NOT EXISTS tmp_student_placement (student_id bigint, class_id bigint,
                    ends_on date) ON COMMIT DROP""").update();
        jdbc.sql("TRUNCATE tmp_student_placement").update();
        jdbc.sql("""
                INSERT INTO tmp_student_placement (student_id, class_id)
                SELECT s.id, t.class_id FROM tmp_student_upsert t
                JOIN roster.student s ON s.student_number = t.student_number WHERE t.class_id IS NOT NULL""").update();
        jdbc.sql("ANALYZE tmp_student_placement").update();
        homerooms.endOtherHomerooms("tmp_student_placement", today);
        return jdbc.sql("""
                        INSERT INTO roster.enrolment (student_id, class_id, school_path, starts_on)
                        SELECT p.student_id, p.class_id, c.school_path, ?
                        FROM tmp_student_placement p JOIN roster.school_class c ON c.id = p.class_id
                        ON CONFLICT (student_id, class_id) DO UPDATE SET starts_on = EXCLUDED.starts_on, ends_on = NULL,
                            removed_at = NULL
                        WHERE enrolment.ends_on IS NOT NULL""")
                .param(java.sql.Date.valueOf(today)).update();
    }
}
