package org.educloud.equity.digital;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.educloud.development.TrainingFigures;
import org.educloud.equity.EquityReach;
import org.educloud.network.LocalityBandwidth;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.educloud.tutoring.StudentGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Digital-resource and outcome equity for bureau admins: the spread of each measure across schools (Gini, Theil
 * with its urban/rural decomposition, parity), the Lorenz curve of resource use, the monthly rural/urban parity,
 * outcomes by group with small groups kept back, and every school's figures; beside them the mastery, bandwidth
 * and training figures other modules feed in ({@link NeighbourFigures}).
 */
@Controller
class DigitalPages {

    /** More schools than this are summed up by district, each a link to its own report. */
    static final int LONGEST_SCHOOL_TABLE = 200;

    private final ComputingDigitalEquity digital;
    private final EquityReach reach;
    private final TenancyManagement tenancy;
    private final DigitalCharts charts;
    private final NeighbourFigures neighbours;

    DigitalPages(ComputingDigitalEquity digital, EquityReach reach, TenancyManagement tenancy,
                 DigitalCharts charts, NeighbourFigures neighbours) {
        this.digital = digital;
        this.reach = reach;
        this.tenancy = tenancy;
        this.charts = charts;
        this.neighbours = neighbours;
    }

    @GetMapping("/equity/digital")
    String report(Scope scope, @RequestParam(required = false) @Nullable Long org,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                  Model model, Locale locale) {
        List<OrgNodeView> bureaus = reach.bureaus(scope);
        if (org == null && bureaus.isEmpty()) {
            throw new NotFoundException("equity.error.notFound");
        }
        DigitalEquityReport report = digital.report(scope, org == null ? bureaus.getFirst().id() : OrgId.of(org),
                from, to);
        model.addAttribute("report", report);
        model.addAttribute("bureaus", bureaus);
        model.addAttribute("measures", DigitalMeasure.values());
        model.addAttribute("charts", charts.of(report, locale));
        model.addAttribute("smallestGroup", DigitalEquityReport.SMALLEST_GROUP);
        boolean summed = report.schools().size() > LONGEST_SCHOOL_TABLE;
        model.addAttribute("summed", summed);
        model.addAttribute("districts", summed ? tenancy.children(scope, report.org()) : List.of());
        model.addAttribute("masteries", neighbours.masteryTable(scope, report.org()));
        model.addAttribute("masteryGroups", StudentGroup.values());
        List<LocalityBandwidth> bandwidth = neighbours.bandwidth(scope, report.org());
        model.addAttribute("bandwidth", bandwidth);
        model.addAttribute("bandwidthParity", NeighbourFigures.bandwidthParity(bandwidth));
        model.addAttribute("training", neighbours.training(scope, report.org()));
        model.addAttribute("trainingSmallest", TrainingFigures.SMALLEST_GROUP);
        return "equity/digital";
    }
}
