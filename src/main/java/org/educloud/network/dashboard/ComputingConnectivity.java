package org.educloud.network.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.network.ConnectivityFigures;
import org.educloud.network.ConnectivityView;
import org.educloud.network.LocalityBandwidth;
import org.educloud.network.connectivity.ConnectivityReach;
import org.educloud.network.connectivity.ConnectivityStore;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolStaffing;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the dashboard of a bureau the caller administers or serves as operations staff, from the active schools
 * under it, their current declarations and their enrolled students. Student counts are head counts, not people: the
 * roster is asked for them as the installation once the caller's reach over the bureau is checked, so operations
 * staff, who see no people, still see bandwidth per student.
 */
@Service
@Transactional(readOnly = true)
public class ComputingConnectivity implements ConnectivityFigures {

    private final ConnectivityReach reach;
    private final ConnectivityStore store;
    private final TenancyManagement tenancy;
    private final RosterDirectory roster;

    ComputingConnectivity(ConnectivityReach reach, ConnectivityStore store, TenancyManagement tenancy,
                          RosterDirectory roster) {
        this.reach = reach;
        this.store = store;
        this.tenancy = tenancy;
        this.roster = roster;
    }

    public ConnectivityDashboard dashboard(Scope scope, OrgId org) {
        OrgNodeView node = reach.bureau(scope, org);
        List<SchoolLine> lines = lines(node);
        Map<Locality, ConnectivityTally> byLocality = byLocality(lines);
        Map<Measure, Parity> ruralUrban = new EnumMap<>(Measure.class);
        Map<Measure, Parity> townUrban = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            Double urban = byLocality.get(Locality.URBAN).value(measure);
            ruralUrban.put(measure, Parity.of(byLocality.get(Locality.RURAL).value(measure), urban));
            townUrban.put(measure, Parity.of(byLocality.get(Locality.TOWN).value(measure), urban));
        }
        return new ConnectivityDashboard(node, ConnectivityTally.of(lines), byLocality, ruralUrban, townUrban,
                rows(scope, node, lines));
    }

    @Override
    public List<LocalityBandwidth> bandwidthByLocality(Scope scope, OrgId org) {
        OrgNodeView node = reach.bureau(scope, org);
        List<LocalityBandwidth> figures = new ArrayList<>();
        byLocality(lines(node)).forEach((locality, t) -> figures.add(new LocalityBandwidth(locality, t.schools(),
                t.declared(), t.connected(), t.students(), t.downMbps())));
        return figures;
    }

    /** Every active school under the node with its students and current declaration. */
    List<SchoolLine> lines(OrgNodeView node) {
        Map<OrgId, ConnectivityView> current = store.currentUnder(node.path());
        Map<OrgId, Long> students = new HashMap<>();
        for (SchoolStaffing staffing : roster.staffing(Scope.installation(), node.path())) {
            students.put(staffing.school(), staffing.enrolledStudents());
        }
        return tenancy.schoolsUnder(node.path()).stream().filter(OrgNodeView::isActive)
                .map(s -> new SchoolLine(s.id(), s.name(), s.path(), s.locality(), students.getOrDefault(s.id(), 0L),
                        current.get(s.id())))
                .toList();
    }

    static Map<Locality, ConnectivityTally> byLocality(List<SchoolLine> lines) {
        Map<Locality, ConnectivityTally> byLocality = new EnumMap<>(Locality.class);
        for (Locality locality : Locality.values()) {
            byLocality.put(locality, ConnectivityTally.of(lines.stream().filter(l -> l.locality() == locality)
                    .toList()));
        }
        return byLocality;
    }

    /** Under a district its schools; under a region each district with its schools' tally. */
    private List<ConnectivityDashboard.Row> rows(Scope scope, OrgNodeView node, List<SchoolLine> lines) {
        List<ConnectivityDashboard.Row> rows = new ArrayList<>();
        for (OrgNodeView child : tenancy.children(scope, node.id())) {
            if (!child.isActive()) {
                continue;
            }
            if (child.isSchool()) {
                lines.stream().filter(l -> l.school().equals(child.id())).findFirst().ifPresent(line -> rows.add(
                        new ConnectivityDashboard.Row(child.id(), child.name(), true, child.locality(),
                                ConnectivityTally.of(List.of(line)), line)));
            } else {
                rows.add(new ConnectivityDashboard.Row(child.id(), child.name(), false, null,
                        ConnectivityTally.of(lines.stream().filter(l -> child.path().contains(l.path())).toList()),
                        null));
            }
        }
        return rows;
    }
}
