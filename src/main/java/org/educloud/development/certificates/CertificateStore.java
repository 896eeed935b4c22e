package org.educloud.development.certificates;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.educloud.development.TrainingCompleted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Certificates and the verification page's attempt counts in the development schema. */
@Repository
class CertificateStore {

    private static final String COLUMNS = "code, teacher_name, programme_name, hours, completed_on";

    private final JdbcClient jdbc;

    CertificateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues one; a second completion of the same programme by the same teacher keeps the first certificate. */
    void issue(String code, TrainingCompleted completed, java.time.LocalDate completedOn, Instant at) {
        jdbc.sql("""
                        INSERT INTO development.certificate (code, programme_id, programme_name, teacher_account,
                            teacher_name, school_id, school_path, hours, completed_on, issued_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (programme_id, teacher_account) DO NOTHING""")
                .params(code, completed.programmeId(), completed.programmeName(), completed.teacher().value(),
                        completed.teacherName(), completed.school().value(), completed.schoolPath().value(),
                        completed.creditHours(), Date.valueOf(completedOn), Timestamp.from(at))
                .update();
    }

    Optional<Certificate> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM development.certificate WHERE code = ?").param(code)
                .query((rs, n) -> certificate(rs)).optional();
    }

    Optional<Certificate> of(long programme, long teacher) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM development.certificate WHERE programme_id = ? AND teacher_account = ?")
                .params(programme, teacher).query((rs, n) -> certificate(rs)).optional();
    }

    private static Certificate certificate(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Certificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                rs.getDate(5).toLocalDate());
    }

    /** Counts one attempt of the address in a window that starts afresh once it has passed; the count so far. */
    int attempt(String addressKey, Instant now, Instant windowOpenedAfter) {
        return jdbc.sql("""
                        INSERT INTO development.verification_attempt (address_key, window_start, attempts)
                        VALUES (?, ?, 1)
                        ON CONFLICT (address_key) DO UPDATE SET
                            attempts = CASE WHEN verification_attempt.window_start < ? THEN 1
                                            ELSE verification_attempt.attempts + 1 END,
                            window_start = CASE WHEN verification_attempt.window_start < ? THEN EXCLUDED.window_start
                                                ELSE verification_attempt.window_start END
                        RETURNING attempts""")
                .params(addressKey, Timestamp.from(now), Timestamp.from(windowOpenedAfter),
                        Timestamp.from(windowOpenedAfter))
                .query(Integer.class).single();
    }

    /** Drops the counts of windows opened before this time (closed: the next attempt would start afresh anyway). */
    int forgetWindowsOpenedBefore(Instant before) {
        return jdbc.sql("DELETE FROM development.verification_attempt WHERE window_start < ?")
                .param(Timestamp.from(before)).update();
    }
}
