package org.educloud.roster.schools;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolRosterSummary;
import org.educloud.roster.TermView;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A school's terms and roster summary over JSON, limited to the caller's reach like the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Roster", description = "Terms, classes, students and staff")
class SchoolsApi {

    private final RosterDirectory directory;

    SchoolsApi(RosterDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/schools/{id}/terms")
    @Operation(summary = "Terms that apply to a school, newest first")
    List<TermView> terms(Scope scope, @PathVariable long id) {
        return directory.terms(scope, OrgId.of(id));
    }

    @GetMapping("/schools/{id}/roster-summary")
    @Operation(summary = "Students by grade and gender, teachers by subject, classes and staff of a school")
    SchoolRosterSummary summary(Scope scope, @PathVariable long id) {
        return directory.summary(scope, OrgId.of(id));
    }
}
