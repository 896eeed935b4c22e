package org.educloud.equity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.learning.StudentScore;
import org.educloud.roster.StudentAttributes;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;

/**
 * Mean returned grades by locality and by equity attribute (left-behind, migrant, disability, each against the
 * other students). A group's size is the enrolled students it has (as the school's survey fixed them, else as the
 * roster counts them); its mean is over those with grades, and is kept back when the group is small enough that a
 * child could be recognised.
 */
final class Outcomes {

    /** One school's students, and how many of them have each attribute. */
    record Counts(long students, long leftBehind, long migrant, long disabled) {
    }

    /** Which students a group holds: asked of one student, and of a school's counts. */
    private record Membership(StudentTest student, CountTest counts) {
    }

    private interface StudentTest {
        boolean holds(Locality locality, StudentAttributes student);
    }

    private interface CountTest {
        long of(Locality locality, Counts counts);
    }

    private Outcomes() {
    }

    static List<DigitalEquityReport.GroupOutcome> of(List<StudentScore> scores, List<StudentAttributes> scored,
                                                     Map<OrgId, Counts> counts, Map<OrgId, Locality> localities) {
        Map<Long, StudentScore> byStudent = new HashMap<>();
        scores.forEach(s -> byStudent.merge(s.studentId(), s, (a, b) -> a.grades() >= b.grades() ? a : b));
        Map<String, Membership> memberships = new LinkedHashMap<>();
        for (Locality locality : Locality.values()) {
            memberships.put("equity.group.locality." + locality, new Membership((l, s) -> l == locality,
                    (l, c) -> l == locality ? c.students() : 0));
        }
        memberships.put("equity.group.leftBehind", new Membership((l, s) -> s.leftBehind(), (l, c) -> c.leftBehind()));
        memberships.put("equity.group.notLeftBehind", new Membership((l, s) -> !s.leftBehind(),
                (l, c) -> c.students() - c.leftBehind()));
        memberships.put("equity.group.migrant", new Membership((l, s) -> s.migrant(), (l, c) -> c.migrant()));
        memberships.put("equity.group.notMigrant", new Membership((l, s) -> !s.migrant(),
                (l, c) -> c.students() - c.migrant()));
        memberships.put("equity.group.disability", new Membership((l, s) -> s.disability(), (l, c) -> c.disabled()));
        memberships.put("equity.group.noDisability", new Membership((l, s) -> !s.disability(),
                (l, c) -> c.students() - c.disabled()));
        List<DigitalEquityReport.GroupOutcome> outcomes = new ArrayList<>();
        memberships.forEach((key, member) -> {
            long size = 0;
            for (Map.Entry<OrgId, Counts> school : counts.entrySet()) {
                size += member.counts().of(localities.get(school.getKey()), school.getValue());
            }
            double sum = 0;
            long graded = 0;
            for (StudentAttributes s : scored) {
                StudentScore score = byStudent.get(s.studentId());
                if (score != null && member.student().holds(localities.get(s.school()), s)) {
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
