package org.educloud.equity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.learning.StudentScore;
import org.educloud.roster.StudentAttributes;
import org.educloud.roster.StudentGroup;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;

/**
 * Mean returned grades by locality and by equity attribute (left-behind, migrant, disability, each against the
 * other students). A group's size is the enrolled students it has (counted by the roster); its mean is over those
 * with grades, and is kept back when the group is small enough that a child could be recognised.
 */
final class Outcomes {

    /** Which students a group holds, asked of a school's locality and a student's attributes. */
    private interface Membership {
        boolean holds(Locality locality, boolean leftBehind, boolean migrant, boolean disability);
    }

    private Outcomes() {
    }

    static List<DigitalEquityReport.GroupOutcome> of(List<StudentScore> scores, List<StudentAttributes> scored,
                                                     List<StudentGroup> groups, Map<OrgId, Locality> localities) {
        Map<Long, StudentScore> byStudent = new HashMap<>();
        scores.forEach(s -> byStudent.merge(s.studentId(), s, (a, b) -> a.grades() >= b.grades() ? a : b));
        Map<String, Membership> memberships = new LinkedHashMap<>();
        for (Locality locality : Locality.values()) {
            memberships.put("equity.group.locality." + locality, (l, left, migrant, disability) -> l == locality);
        }
        memberships.put("equity.group.leftBehind", (l, left, migrant, disability) -> left);
        memberships.put("equity.group.notLeftBehind", (l, left, migrant, disability) -> !left);
        memberships.put("equity.group.migrant", (l, left, migrant, disability) -> migrant);
        memberships.put("equity.group.notMigrant", (l, left, migrant, disability) -> !migrant);
        memberships.put("equity.group.disability", (l, left, migrant, disability) -> disability);
        memberships.put("equity.group.noDisability", (l, left, migrant, disability) -> !disability);
        List<DigitalEquityReport.GroupOutcome> outcomes = new ArrayList<>();
        memberships.forEach((key, member) -> {
            long size = 0;
            for (StudentGroup g : groups) {
                if (member.holds(localities.get(g.school()), g.leftBehind(), g.migrant(), g.disability())) {
                    size += g.students();
                }
            }
            double sum = 0;
            long graded = 0;
            for (StudentAttributes s : scored) {
                StudentScore score = byStudent.get(s.studentId());
                if (score != null && member.holds(localities.get(s.school()), s.leftBehind(), s.migrant(),
                        s.disability())) {
                    sum += score.meanShare();
                    graded++;
                }
            }
            boolean suppressed = size < DigitalEquityReport.SMALLEST_GROUP
                    || graded < DigitalEquityReport.SMALLEST_GROUP;
            outcomes.add(new DigitalEquityReport.GroupOutcome(key, suppressed ? 0 : size,
                    suppressed ? null : 100 * sum / graded, suppressed));
        });
        return outcomes;
    }
}
