package org.educloud.equity.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.educloud.equity.settings.EquityProperties;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentAttributes;
import org.educloud.roster.StudentId;
import org.educloud.schoolday.AttendanceFigures;
import org.educloud.schoolday.ChronicAbsence;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chronic absence of a bureau's students by locality of their school and by left-behind status. The students are
 * those with attendance recorded in the period (the school day's rolls); a student is chronically absent when they
 * missed more than {@code educloud.equity.chronic-absence-share} of those days without leave. Attributes come from
 * the roster as it is now; a student no longer enrolled under the node is left out of the attribute groups.
 */
@Service
@Transactional(readOnly = true)
public class AbsenceByGroup {

    /** Groups with fewer students than this show their size only. */
    public static final int SMALLEST_GROUP = 3;

    private final AttendanceFigures attendance;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final double share;

    AbsenceByGroup(AttendanceFigures attendance, RosterDirectory roster, TenancyManagement tenancy,
                   EquityProperties properties) {
        this.attendance = attendance;
        this.roster = roster;
        this.tenancy = tenancy;
        this.share = properties.chronicAbsenceShare();
    }

    public double share() {
        return share;
    }

    /** The groups of a node the caller administers (checked by the caller of this), over the period. */
    public List<AbsenceGroup> of(Scope scope, OrgNodeView node, LocalDate from, LocalDate to) {
        List<ChronicAbsence> days = attendance.recordedDays(scope, node.path(), from, to);
        Map<StudentId, StudentAttributes> attributes = new HashMap<>();
        roster.studentAttributes(scope, node.path(), days.stream().map(ChronicAbsence::student).toList())
                .forEach(a -> attributes.put(a.studentId(), a));
        Map<OrgId, Locality> localities = new HashMap<>();
        tenancy.schoolsUnder(node.path()).forEach(s -> {
            if (s.locality() != null) {
                localities.put(s.id(), s.locality());
            }
        });
        Map<String, BiPredicate<StudentAttributes, Locality>> byLocality = new LinkedHashMap<>();
        for (Locality locality : Locality.values()) {
            byLocality.put("equity.group.locality." + locality, (a, l) -> l == locality);
        }
        Map<String, BiPredicate<StudentAttributes, Locality>> byLeftBehind = new LinkedHashMap<>();
        byLeftBehind.put("equity.group.leftBehind", (a, l) -> a.leftBehind());
        byLeftBehind.put("equity.group.notLeftBehind", (a, l) -> !a.leftBehind());
        List<AbsenceGroup> result = new ArrayList<>();
        for (Map<String, BiPredicate<StudentAttributes, Locality>> partition : List.of(byLocality, byLeftBehind)) {
            List<long[]> counts = new ArrayList<>();
            partition.forEach((key, member) -> {
                long students = 0;
                long chronic = 0;
                for (ChronicAbsence day : days) {
                    StudentAttributes a = attributes.get(day.student());
                    if (a != null && member.test(a, localities.get(a.school()))) {
                        students++;
                        if (day.share() > share) {
                            chronic++;
                        }
                    }
                }
                counts.add(new long[] {students, chronic});
            });
            boolean[] hidden = hidden(counts.stream().mapToLong(c -> c[0]).toArray());
            int i = 0;
            for (String key : partition.keySet()) {
                long students = counts.get(i)[0];
                long chronic = counts.get(i)[1];
                boolean countsOnly = hidden[i++];
                result.add(new AbsenceGroup(key, students, countsOnly ? null : chronic,
                        countsOnly ? null : 100.0 * chronic / students, countsOnly));
            }
        }
        return result;
    }

    /**
     * Which groups of a partition show their size only: those under {@link #SMALLEST_GROUP} students, and, when one
     * with students is among them, the smallest of the others as well (which has at least that many). The groups of a
     * partition add up to the same students as those of the other partition, so a small group's figure would
     * otherwise be read as the total less its siblings' (left-behind children as all children less the others).
     */
    private static boolean[] hidden(long[] students) {
        boolean[] hidden = new boolean[students.length];
        boolean small = false;
        for (int i = 0; i < students.length; i++) {
            hidden[i] = students[i] < SMALLEST_GROUP;
            small |= students[i] > 0 && students[i] < SMALLEST_GROUP;
        }
        int smallestShown = -1;
        for (int i = 0; small && i < students.length; i++) {
            if (!hidden[i] && (smallestShown < 0 || students[i] < students[smallestShown])) {
                smallestShown = i;
            }
        }
        if (smallestShown >= 0) {
            hidden[smallestShown] = true;
        }
        return hidden;
    }
}
