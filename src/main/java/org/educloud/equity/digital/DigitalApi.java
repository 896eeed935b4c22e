package org.educloud.equity.digital;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Digital-resource and outcome equity over JSON: a district's measures and trend, and a school's classes. */
@RestController
@RequestMapping("/api/v1/equity")
@Tag(name = "Equity", description = "School-condition surveys, county balance indicators, digital equity")
class DigitalApi {

    private final ComputingDigitalEquity digital;
    private final ComparingClasses classes;

    DigitalApi(ComputingDigitalEquity digital, ComparingClasses classes) {
        this.digital = digital;
        this.classes = classes;
    }

    @GetMapping("/orgs/{org}/digital-trend")
    @Operation(summary = "Digital-resource spread measures of a district or region per school year (at most 5)")
    DigitalTrend digitalTrend(Scope scope, @PathVariable long org, @RequestParam(defaultValue = "3") int years) {
        return digital.yearly(scope, OrgId.of(org), years);
    }

    @GetMapping("/orgs/{org}/digital")
    @Operation(summary = "Digital-resource and outcome equity of a district or region over a period (default: "
            + "the school year so far)")
    DigitalEquityReport digital(Scope scope, @PathVariable long org,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Nullable LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Nullable LocalDate to) {
        return digital.report(scope, OrgId.of(org), from, to);
    }

    @GetMapping("/schools/{school}/classes")
    @Operation(summary = "A school's classes over a period: work set, hand-in and grading rates, pushes, mean grade "
            + "(suppressed under 10 graded students)")
    SchoolClasses classes(Scope scope, @PathVariable long school,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          @Nullable LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          @Nullable LocalDate to) {
        return classes.of(scope, OrgId.of(school), from, to);
    }
}
