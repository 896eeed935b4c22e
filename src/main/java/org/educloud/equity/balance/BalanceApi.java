package org.educloud.equity.balance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.educloud.equity.BalanceReport;
import org.educloud.equity.BalanceTrend;
import org.educloud.equity.ComputingBalance;
import org.educloud.equity.SchoolYears;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The official balance indicators over JSON: a district's report and trend, and one school's position in it. */
@RestController
@RequestMapping("/api/v1/equity")
@Tag(name = "Equity", description = "School-condition surveys, county balance indicators, digital equity")
class BalanceApi {

    private final ComputingBalance balance;
    private final SchoolYears years;

    BalanceApi(ComputingBalance balance, SchoolYears years) {
        this.balance = balance;
        this.years = years;
    }

    @GetMapping("/districts/{district}/balance")
    @Operation(summary = "A district's balance report for a school year and stage, from confirmed surveys")
    BalanceReport county(Scope scope, @PathVariable long district, @RequestParam(required = false) @Nullable String year,
                         @RequestParam(defaultValue = "PRIMARY") Stage stage) {
        return balance.report(scope, OrgId.of(district), yearOr(year), stage);
    }

    @GetMapping("/districts/{district}/balance-trend")
    @Operation(summary = "A district's balance school year by school year, oldest first (at most 10 years)")
    BalanceTrend trend(Scope scope, @PathVariable long district, @RequestParam(defaultValue = "PRIMARY") Stage stage,
                       @RequestParam(defaultValue = "5") int years) {
        return balance.trend(scope, OrgId.of(district), stage, years);
    }

    @GetMapping("/schools/{school}/balance")
    @Operation(summary = "A school's own line beside its county's coefficients")
    BalanceReport school(Scope scope, @PathVariable long school, @RequestParam(required = false) @Nullable String year,
                         @RequestParam(defaultValue = "PRIMARY") Stage stage) {
        return balance.position(scope, OrgId.of(school), yearOr(year), stage);
    }

    private String yearOr(@Nullable String year) {
        return year == null ? years.current() : year;
    }
}
