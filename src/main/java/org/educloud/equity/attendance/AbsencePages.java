package org.educloud.equity.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.educloud.equity.EquityReach;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Chronic absence by group for a district or region the caller administers; the last 60 days unless asked. */
@Controller
class AbsencePages {

    private static final int DEFAULT_DAYS = 60;
    /** A longer period only costs more: a school year is the longest anyone compares. */
    private static final int LONGEST_DAYS = 400;

    private final AbsenceByGroup groups;
    private final EquityReach reach;
    private final Clock clock;

    AbsencePages(AbsenceByGroup groups, EquityReach reach, Clock clock) {
        this.groups = groups;
        this.reach = reach;
        this.clock = clock;
    }

    @GetMapping("/equity/attendance")
    String report(Scope scope, @RequestParam(required = false) @Nullable Long org,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                  Model model) {
        List<OrgNodeView> bureaus = reach.bureaus(scope);
        if (org == null && bureaus.isEmpty()) {
            throw new NotFoundException("equity.error.notFound");
        }
        OrgNodeView node = reach.administered(scope, org == null ? bureaus.getFirst().id() : OrgId.of(org));
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null || from.isAfter(last) ? last.minusDays(DEFAULT_DAYS - 1) : from;
        if (first.isBefore(last.minusDays(LONGEST_DAYS))) {
            first = last.minusDays(LONGEST_DAYS);
        }
        model.addAttribute("node", node);
        model.addAttribute("bureaus", bureaus);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("groups", groups.of(scope, node, first, last));
        model.addAttribute("sharePercent", Math.round(groups.share() * 100));
        model.addAttribute("smallestGroup", AbsenceByGroup.SMALLEST_GROUP);
        return "equity/attendance";
    }
}
