package org.educloud.equity.surveys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.educloud.equity.BalanceReport;
import org.educloud.equity.BalanceTrend;
import org.educloud.equity.ComputingBalance;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.SurveyFigures;
import org.educloud.equity.SurveyView;
import org.educloud.equity.Surveys;
import org.educloud.equity.digital.ComparingClasses;
import org.educloud.equity.digital.ComputingDigitalEquity;
import org.educloud.equity.digital.DigitalEquityReport;
import org.educloud.equity.digital.DigitalTrend;
import org.educloud.equity.digital.SchoolClasses;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Equity monitoring over JSON: the county balance report, a school's position, and the school-condition survey
 * workflow. A survey write carries the version it was read at, so concurrent edits are refused (409), not lost.
 */
@RestController
@RequestMapping("/api/v1/equity")
@Tag(name = "Equity", description = "School-condition surveys, county balance indicators, digital equity")
class EquityApi {

    private final ComputingBalance balance;
    private final ComputingDigitalEquity digital;
    private final ComparingClasses classes;
    private final Surveys surveys;
    private final SchoolYears years;
    private final BulkSurveys bulk;

    EquityApi(ComputingBalance balance, ComputingDigitalEquity digital, ComparingClasses classes, Surveys surveys,
              SchoolYears years, BulkSurveys bulk) {
        this.bulk = bulk;
        this.classes = classes;
        this.digital = digital;
        this.balance = balance;
        this.surveys = surveys;
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

    @GetMapping("/orgs/{org}/digital-trend")
    @Operation(summary = "Digital-resource spread measures of a district or region per school year (at most 5)")
    DigitalTrend digitalTrend(Scope scope, @PathVariable long org, @RequestParam(defaultValue = "3") int years) {
        return digital.yearly(scope, OrgId.of(org), years);
    }

    @GetMapping("/schools/{school}/balance")
    @Operation(summary = "A school's own line beside its county's coefficients")
    BalanceReport school(Scope scope, @PathVariable long school, @RequestParam(required = false) @Nullable String year,
                         @RequestParam(defaultValue = "PRIMARY") Stage stage) {
        return balance.position(scope, OrgId.of(school), yearOr(year), stage);
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

    @GetMapping("/orgs/{org}/surveys")
    @Operation(summary = "Every school under a bureau or school with its survey of the year")
    List<SurveyView> surveys(Scope scope, @PathVariable long org, @RequestParam(required = false) @Nullable String year) {
        return surveys.under(scope, OrgId.of(org), yearOr(year));
    }

    @GetMapping("/schools/{school}/surveys/{year}")
    @Operation(summary = "A school's survey of one year (not started: id 0, with the roster counts as they are now)")
    SurveyView survey(Scope scope, @PathVariable long school, @PathVariable String year) {
        return surveys.of(scope, OrgId.of(school), year);
    }

    @PutMapping("/schools/{school}/surveys/{year}")
    @Operation(summary = "Save the figures as a draft; version is the one read (omit for a survey not started)")
    SurveyView save(Scope scope, @PathVariable long school, @PathVariable String year,
                    @RequestParam(required = false) @Nullable Integer version, @Valid @RequestBody SurveyFigures figures) {
        return surveys.save(scope, OrgId.of(school), year, figures, version);
    }

    @PostMapping("/schools/{school}/surveys/{year}/submit")
    @Operation(summary = "Submit a complete draft to the district; the roster counts are fixed now")
    SurveyView submit(Scope scope, @PathVariable long school, @PathVariable String year, @RequestParam int version) {
        return surveys.submit(scope, OrgId.of(school), year, version);
    }

    @PostMapping("/schools/{school}/surveys/{year}/confirm")
    @Operation(summary = "Confirm a submitted survey (district or higher bureau admins)")
    SurveyView confirm(Scope scope, @PathVariable long school, @PathVariable String year, @RequestParam int version) {
        return surveys.confirm(scope, OrgId.of(school), year, version);
    }

    @PostMapping("/schools/{school}/surveys/{year}/return")
    @Operation(summary = "Send a submitted or confirmed survey back to the school with a reason")
    SurveyView sendBack(Scope scope, @PathVariable long school, @PathVariable String year, @RequestParam int version,
                        @RequestParam String reason) {
        return surveys.sendBack(scope, OrgId.of(school), year, version, reason);
    }

    @GetMapping("/orgs/{org}/surveys/{year}/bulk")
    @Operation(summary = "Preview a bulk submit or confirm of a bureau's surveys: the schools that would be done "
            + "(with the version to send back) and why the others would not")
    BulkSurveys.Plan bulkPreview(Scope scope, @PathVariable long org, @PathVariable String year,
                                 @RequestParam BulkSurveys.Action action) {
        return bulk.preview(scope, OrgId.of(org), year, action);
    }

    @PostMapping("/orgs/{org}/surveys/{year}/bulk")
    @Operation(summary = "Submit or confirm the chosen surveys (school and previewed version each); a survey changed "
            + "since the preview is left alone and named")
    BulkSurveys.Outcome bulkApply(Scope scope, @PathVariable long org, @PathVariable String year,
                                  @RequestParam BulkSurveys.Action action,
                                  @RequestBody List<BulkSurveys.Chosen> chosen) {
        return bulk.apply(scope, OrgId.of(org), year, action, chosen);
    }

    private String yearOr(@Nullable String year) {
        return year == null ? years.current() : year;
    }
}
