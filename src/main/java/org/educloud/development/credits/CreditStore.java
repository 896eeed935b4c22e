package org.educloud.development.credits;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.shared.OrgId;
import org.educloud.development.support.StoredEvidence;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger, claims and cycle requirements in the development schema. */
@Repository
class CreditStore {

    private final JdbcClient jdbc;

    CreditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new entry; false when its source already credited it (a programme or claim twice, an import row again). */
    boolean credit(long teacher, String teacherName, long schoolId, OrgPath schoolPath, BigDecimal hours,
                   CreditSource source, @Nullable Long programme, @Nullable Long claim, String provider, String course,
                   LocalDate takenOn, long by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO development.credit_entry (teacher_account, teacher_name, school_id, school_path, year,
                            hours, source, programme_id, claim_id, provider, course, taken_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(teacher, teacherName, schoolId, schoolPath.value(), takenOn.getYear(), hours, source.name(),
                        programme, claim, provider, course, Date.valueOf(takenOn), by, Timestamp.from(at))
                .update() == 1;
    }

    List<CreditEntry> entries(long teacher) {
        return jdbc.sql("""
                        SELECT id, year, hours, source, provider, course, taken_on FROM development.credit_entry
                        WHERE teacher_account = ? ORDER BY taken_on DESC, id DESC""")
                .param(teacher)
                .query((rs, n) -> new CreditEntry(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3),
                        CreditSource.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getDate(7).toLocalDate()))
                .list();
    }

    /** Whether an import row (teacher, provider, course, date) is already in the ledger. */
    boolean imported(long teacher, String provider, String course, LocalDate takenOn) {
        return jdbc.sql("""
                        SELECT count(*) FROM development.credit_entry WHERE source = 'IMPORT' AND teacher_account = ?
                            AND provider = ? AND course = ? AND taken_on = ?""")
                .params(teacher, provider, course, Date.valueOf(takenOn)).query(Long.class).single() > 0;
    }

    /** Hours per teacher at schools under the path within the years. */
    Map<Long, BigDecimal> hoursUnder(OrgPath under, int fromYear, int toYear) {
        Map<Long, BigDecimal> hours = new HashMap<>();
        jdbc.sql("""
                        SELECT teacher_account, sum(hours) FROM development.credit_entry
                        WHERE school_path LIKE ? AND year BETWEEN ? AND ? GROUP BY teacher_account""")
                .params(under.likePattern(), fromYear, toYear)
                .query((rs, n) -> hours.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        return hours;
    }

    /** The requirement set by the nearest of these nodes (deepest first), if any set one. */
    Optional<Requirement> requirement(List<OrgId> deepestFirst) {
        for (OrgId node : deepestFirst) {
            Optional<Requirement> set = jdbc.sql("""
                            SELECT hours, years, first_year FROM development.cycle_requirement WHERE owner_id = ?""")
                    .param(node.value())
                    .query((rs, n) -> new Requirement(rs.getBigDecimal(1), rs.getInt(2), rs.getInt(3), false))
                    .optional();
            if (set.isPresent()) {
                return set;
            }
        }
        return Optional.empty();
    }

    void setRequirement(OrgId owner, OrgPath ownerPath, Requirement requirement, long by, Instant at) {
        jdbc.sql("""
                        INSERT INTO development.cycle_requirement (owner_id, owner_path, hours, years, first_year,
                            updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (owner_id) DO UPDATE SET hours = EXCLUDED.hours, years = EXCLUDED.years,
                            first_year = EXCLUDED.first_year, updated_by = EXCLUDED.updated_by,
                            updated_at = EXCLUDED.updated_at""")
                .params(owner.value(), ownerPath.value(), requirement.hours(), requirement.years(),
                        requirement.firstYear(), by, Timestamp.from(at)).update();
    }

    long claim(long teacher, String teacherName, long schoolId, OrgPath schoolPath, String provider, String course,
               LocalDate takenOn, BigDecimal hours, StoredEvidence evidence, Instant at) {
        return jdbc.sql("""
                        INSERT INTO development.credit_claim (teacher_account, teacher_name, school_id, school_path,
                            provider, course, taken_on, hours, evidence_name, evidence_type, evidence_sha256,
                            evidence_size, status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?) RETURNING id""")
                .params(teacher, teacherName, schoolId, schoolPath.value(), provider, course, Date.valueOf(takenOn),
                        hours, evidence.name(), evidence.type(), evidence.sha256(), evidence.size(),
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    private static final String CLAIM_COLUMNS = """
            id, teacher_account, teacher_name, school_id, school_path, provider, course, taken_on, hours, evidence_name,
            status""";

    Optional<Claim> findClaim(long id) {
        return jdbc.sql("SELECT " + CLAIM_COLUMNS + " FROM development.credit_claim WHERE id = ?").param(id)
                .query((rs, n) -> claim(rs)).optional();
    }

    List<Claim> claimsOf(long teacher) {
        return jdbc.sql("SELECT " + CLAIM_COLUMNS + " FROM development.credit_claim WHERE teacher_account = ? ORDER BY id DESC")
                .param(teacher).query((rs, n) -> claim(rs)).list();
    }

    List<Claim> pendingUnder(Collection<OrgPath> paths) {
        return paths.stream().flatMap(p -> jdbc.sql("SELECT " + CLAIM_COLUMNS
                        + " FROM development.credit_claim WHERE school_path LIKE ? AND status = 'PENDING' ORDER BY id")
                .param(p.likePattern()).query((rs, n) -> claim(rs)).list().stream()).toList();
    }

    private static Claim claim(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Claim(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), new OrgPath(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getDate(8).toLocalDate(), rs.getBigDecimal(9), rs.getString(10),
                ClaimStatus.valueOf(rs.getString(11)));
    }

    /** Decides a pending claim; false when it was decided already (a second click, a second admin). */
    boolean decide(long claim, ClaimStatus status, long by, Instant at) {
        return jdbc.sql("""
                        UPDATE development.credit_claim SET status = ?, decided_by = ?, decided_at = ?
                        WHERE id = ? AND status = 'PENDING'""")
                .params(status.name(), by, Timestamp.from(at), claim).update() == 1;
    }

    StoredEvidence evidence(long claim) {
        return jdbc.sql("SELECT evidence_name, evidence_type, evidence_sha256, evidence_size "
                        + "FROM development.credit_claim WHERE id = ?")
                .param(claim)
                .query((rs, n) -> new StoredEvidence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .single();
    }
}
