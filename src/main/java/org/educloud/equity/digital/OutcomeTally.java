package org.educloud.equity.digital;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.educloud.learning.SubmissionGraded;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentAttributes;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The outcome groups' maintained aggregate (V900_4): each returned grade is added to its school, due day and the
 * student's attributes; a corrected grade adds only the difference. Runs after the grading transaction commits,
 * from the event publication registry, so a grade is tallied once even across a restart.
 */
@Component
class OutcomeTally {

    /** A school's returned grades of one attribute combination over a period. */
    record Tally(OrgId school, boolean leftBehind, boolean migrant, boolean disability, long grades, double shareSum,
                 long students) {
    }

    private final JdbcClient jdbc;
    private final TenancyManagement tenancy;
    private final RosterDirectory roster;
    private final Clock clock;

    OutcomeTally(JdbcClient jdbc, TenancyManagement tenancy, RosterDirectory roster, Clock clock) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.roster = roster;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubmissionGraded graded) {
        OrgNodeView school = tenancy.find(graded.school()).orElse(null);
        if (school == null) {
            return;
        }
        List<StudentAttributes> found = roster.studentAttributes(Scope.installation(), school.path(),
                List.of(graded.studentId()));
        StudentAttributes student = found.isEmpty()
                ? new StudentAttributes(graded.studentId(), graded.school(), false, false, false) : found.getFirst();
        LocalDate day = LocalDate.ofInstant(graded.dueAt(), clock.getZone());
        double max = graded.maxScore().doubleValue();
        boolean correction = graded.replacedScore() != null;
        double share = graded.score().doubleValue() / max
                - (correction ? graded.replacedScore().doubleValue() / max : 0);
        boolean firstOfDay = !correction && jdbc.sql(
                        "INSERT INTO equity.outcome_student_day (student_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(graded.studentId().value(), day).update() == 1;
        jdbc.sql("""
                        INSERT INTO equity.outcome_day AS o (school_id, day, left_behind, migrant, disability,
                          school_path, grades, share_sum, students)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (school_id, day, left_behind, migrant, disability) DO UPDATE SET
                          grades = o.grades + EXCLUDED.grades, share_sum = o.share_sum + EXCLUDED.share_sum,
                          students = o.students + EXCLUDED.students""")
                .params(graded.school().value(), day, student.leftBehind(), student.migrant(), student.disability(),
                        school.path().value(), correction ? 0 : 1, share, firstOfDay ? 1 : 0)
                .update();
    }

    /** Every school's tallies under {@code under} for work due from {@code from} to {@code to}, both included. */
    List<Tally> under(OrgPath under, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT school_id, left_behind, migrant, disability, sum(grades), sum(share_sum), max(students)
                        FROM equity.outcome_day WHERE school_path LIKE ? AND day BETWEEN ? AND ?
                        GROUP BY school_id, left_behind, migrant, disability""")
                .params(under.likePattern(), from, to)
                .query((rs, n) -> new Tally(OrgId.of(rs.getLong(1)), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getBoolean(4), rs.getLong(5), rs.getDouble(6), rs.getLong(7)))
                .list();
    }
}
