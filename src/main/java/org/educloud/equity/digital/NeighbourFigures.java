package org.educloud.equity.digital;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.development.LocalityTraining;
import org.educloud.development.TrainingFigures;
import org.educloud.network.ConnectivityFigures;
import org.educloud.network.LocalityBandwidth;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.educloud.tutoring.MasteryFigures;
import org.educloud.tutoring.MasteryGroup;
import org.educloud.tutoring.StudentGroup;
import org.springframework.stereotype.Component;

/**
 * The figures other modules feed into the digital-equity page, read for one bureau's node: mastery by knowledge
 * point and student group (tutoring), contracted bandwidth by locality (network) and training by locality
 * (development). Equity computes none of them; it sets them beside its own measures.
 */
@Component
class NeighbourFigures {

    private final MasteryFigures mastery;
    private final ConnectivityFigures connectivity;
    private final TrainingFigures training;
    private final TenancyManagement tenancy;

    NeighbourFigures(MasteryFigures mastery, ConnectivityFigures connectivity, TrainingFigures training,
                     TenancyManagement tenancy) {
        this.mastery = mastery;
        this.connectivity = connectivity;
        this.training = training;
        this.tenancy = tenancy;
    }

    /** Knowledge point → group → mean mastery, in teaching order, for the table beside the outcomes. */
    Map<String, Map<StudentGroup, MasteryGroup>> masteryTable(Scope scope, OrgId org) {
        Map<String, Map<StudentGroup, MasteryGroup>> table = new LinkedHashMap<>();
        OrgNodeView node = tenancy.visible(scope, org);
        for (MasteryGroup group : mastery.byGroup(scope, node.path(), DigitalEquityReport.SMALLEST_GROUP)) {
            table.computeIfAbsent(group.knowledgePoint(), k -> new EnumMap<>(StudentGroup.class))
                    .put(group.group(), group);
        }
        return table;
    }

    List<LocalityBandwidth> bandwidth(Scope scope, OrgId org) {
        return connectivity.bandwidthByLocality(scope, org);
    }

    /** Rural over urban contracted bandwidth per student, as the other measures' parity (DOMAIN §3). */
    static ParityIndex bandwidthParity(List<LocalityBandwidth> bandwidth) {
        Double urban = null;
        Double rural = null;
        for (LocalityBandwidth b : bandwidth) {
            if (b.locality() == Locality.URBAN) {
                urban = b.mbpsPerStudent();
            } else if (b.locality() == Locality.RURAL) {
                rural = b.mbpsPerStudent();
            }
        }
        return urban == null || rural == null ? ParityIndex.undefined() : ParityIndex.of(rural, urban);
    }

    List<LocalityTraining> training(Scope scope, OrgId org) {
        return training.byLocality(scope, org);
    }
}
