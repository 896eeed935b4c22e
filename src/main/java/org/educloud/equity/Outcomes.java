package org.educloud.equity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.educloud.learning.StudentScore;
import org.educloud.roster.StudentAttributes;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;

/**
 * Mean returned grades by locality and by equity attribute (left-behind, migrant, disability, each against the
 * other students). A group counts the enrolled students it has; its mean is over those with grades, and is kept
 * back when the group is small enough that a child could be recognised.
 */
final class Outcomes {

    private Outcomes() {
    }

    static List<DigitalEquityReport.GroupOutcome> of(List<StudentScore> scores, List<StudentAttributes> students,
                                                     Map<OrgId, Locality> localities) {
        Map<Long, StudentScore> byStudent = new HashMap<>();
        scores.forEach(s -> byStudent.merge(s.studentId(), s, (a, b) -> a.grades() >= b.grades() ? a : b));
        List<DigitalEquityReport.GroupOutcome> outcomes = new ArrayList<>();
        for (Locality locality : Locality.values()) {
            outcomes.add(group("equity.group.locality." + locality, students, byStudent,
                    s -> localities.get(s.school()) == locality));
        }
        outcomes.add(group("equity.group.leftBehind", students, byStudent, StudentAttributes::leftBehind));
        outcomes.add(group("equity.group.notLeftBehind", students, byStudent, s -> !s.leftBehind()));
        outcomes.add(group("equity.group.migrant", students, byStudent, StudentAttributes::migrant));
        outcomes.add(group("equity.group.notMigrant", students, byStudent, s -> !s.migrant()));
        outcomes.add(group("equity.group.disability", students, byStudent, StudentAttributes::disability));
        outcomes.add(group("equity.group.noDisability", students, byStudent, s -> !s.disability()));
        return outcomes;
    }

    private static DigitalEquityReport.GroupOutcome group(String key, List<StudentAttributes> students,
                                                          Map<Long, StudentScore> scores,
                                                          Predicate<StudentAttributes> member) {
        long size = 0;
        double sum = 0;
        long graded = 0;
        for (StudentAttributes s : students) {
            if (member.test(s)) {
                size++;
                StudentScore score = scores.get(s.studentId());
                if (score != null) {
                    sum += score.meanShare();
                    graded++;
                }
            }
        }
        boolean suppressed = size < DigitalEquityReport.SMALLEST_GROUP || graded < DigitalEquityReport.SMALLEST_GROUP;
        Double mean = suppressed || graded == 0 ? null : 100 * sum / graded;
        return new DigitalEquityReport.GroupOutcome(key, suppressed ? 0 : size, mean, suppressed);
    }
}
