package org.educloud.equity.surveys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.SurveyFigures;
import org.educloud.equity.SurveyView;
import org.educloud.equity.Surveys;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The school-condition survey workflow over JSON (the balance and digital-equity reports are served by their own
 * slices). A survey write carries the version it was read at, so concurrent edits are refused (409), not lost.
 */
@RestController
@RequestMapping("/api/v1/equity")
@Tag(name = "Equity", description = "School-condition surveys, county balance indicators, digital equity")
class SurveyApi {

    private final Surveys surveys;
    private final SchoolYears years;
    private final BulkSurveys bulk;

    SurveyApi(Surveys surveys, SchoolYears years, BulkSurveys bulk) {
        this.bulk = bulk;
        this.surveys = surveys;
        this.years = years;
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
