package org.educloud.equity.digital;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;

/**
 * Mean returned grades by locality and by equity attribute (left-behind, migrant, disability, each against the
 * other students), from the maintained tallies ({@link OutcomeTally}). A group's size is the enrolled students it
 * has (as the school's survey fixed them, else as the roster counts them); its mean is over its returned grades,
 * each as a share of its maximum. A group is kept back when it, or the students graded in it, are few enough that
 * a child could be recognised; the graded students are counted from below, so the rule errs on the side of hiding.
 */
final class Outcomes {

    /** One school's students, and how many of them have each attribute. */
    record Counts(long students, long leftBehind, long migrant, long disabled) {
    }

    /** Which students a group holds: asked of a tally, and of a school's counts. */
    private record Membership(TallyTest tally, CountTest counts) {
    }

    private interface TallyTest {
        boolean holds(Locality locality, OutcomeTally.Tally tally);
    }

    private interface CountTest {
        long of(Locality locality, Counts counts);
    }

    private Outcomes() {
    }

    static List<DigitalEquityReport.GroupOutcome> of(List<OutcomeTally.Tally> tallies, Map<OrgId, Counts> counts,
                                                     Map<OrgId, Locality> localities) {
        Map<String, Membership> memberships = new LinkedHashMap<>();
        for (Locality locality : Locality.values()) {
            memberships.put("equity.group.locality." + locality, new Membership((l, t) -> l == locality,
                    (l, c) -> l == locality ? c.students() : 0));
        }
        memberships.put("equity.group.leftBehind", new Membership((l, t) -> t.leftBehind(), (l, c) -> c.leftBehind()));
        memberships.put("equity.group.notLeftBehind", new Membership((l, t) -> !t.leftBehind(),
                (l, c) -> c.students() - c.leftBehind()));
        memberships.put("equity.group.migrant", new Membership((l, t) -> t.migrant(), (l, c) -> c.migrant()));
        memberships.put("equity.group.notMigrant", new Membership((l, t) -> !t.migrant(),
                (l, c) -> c.students() - c.migrant()));
        memberships.put("equity.group.disability", new Membership((l, t) -> t.disability(), (l, c) -> c.disabled()));
        memberships.put("equity.group.noDisability", new Membership((l, t) -> !t.disability(),
                (l, c) -> c.students() - c.disabled()));
        List<DigitalEquityReport.GroupOutcome> outcomes = new ArrayList<>();
        memberships.forEach((key, member) -> {
            long size = 0;
            for (Map.Entry<OrgId, Counts> school : counts.entrySet()) {
                size += member.counts().of(localities.get(school.getKey()), school.getValue());
            }
            double sum = 0;
            long grades = 0;
            long graded = 0;
            for (OutcomeTally.Tally t : tallies) {
                Locality locality = localities.get(t.school());
                if (locality != null && member.tally().holds(locality, t)) {
                    sum += t.shareSum();
                    grades += t.grades();
                    graded += t.students();
                }
            }
            boolean suppressed = size < DigitalEquityReport.SMALLEST_GROUP
                    || graded < DigitalEquityReport.SMALLEST_GROUP || grades == 0;
            outcomes.add(new DigitalEquityReport.GroupOutcome(key, suppressed ? 0 : size,
                    suppressed ? null : 100 * sum / grades, suppressed));
        });
        return outcomes;
    }
}
