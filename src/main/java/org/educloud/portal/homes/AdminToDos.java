package org.educloud.portal.homes;

import java.util.ArrayList;
import java.util.List;
import org.educloud.equity.BalanceReport;
import org.educloud.equity.ComputingBalance;
import org.educloud.equity.EquityReach;
import org.educloud.equity.SchoolYears;
import org.educloud.equity.Surveys;
import org.educloud.library.ResourceLibrary;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.RosterImports;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/**
 * What waits for an admin, asked of each module's facade: surveys to submit or confirm (equity), resources to review
 * (library), imports that failed lately and were not redone (roster), and the balance standing of the caller's
 * counties or school (equity). Each answer is already limited to the caller's scope by the module that gives it.
 */
@Component
class AdminToDos {

    /** How far back a failed import still counts as work: older ones were given up or forgotten. */
    static final int FAILED_IMPORT_DAYS = 14;
    static final int MOST = 5;

    private final Surveys surveys;
    private final ResourceLibrary library;
    private final RosterImports imports;
    private final ComputingBalance balance;
    private final EquityReach reach;
    private final SchoolYears years;
    private final TenancyManagement tenancy;

    AdminToDos(Surveys surveys, ResourceLibrary library, RosterImports imports, ComputingBalance balance,
               EquityReach reach, SchoolYears years, TenancyManagement tenancy) {
        this.surveys = surveys;
        this.library = library;
        this.imports = imports;
        this.balance = balance;
        this.reach = reach;
        this.years = years;
        this.tenancy = tenancy;
    }

    AdminWork of(Scope scope, Role role) {
        List<ImportRunView> failed = imports.unresolvedFailures(scope, FAILED_IMPORT_DAYS, MOST);
        return new AdminWork(surveys.toDo(scope), library.reviewQueue(scope, 0, MOST), failed,
                tenancy.names(failed.stream().map(ImportRunView::schoolId).toList()), balance(scope, role));
    }

    private List<BalanceStatus> balance(Scope scope, Role role) {
        String year = years.current();
        List<BalanceStatus> lines = new ArrayList<>();
        if (role == Role.SCHOOL_ADMIN) {
            for (OrgNodeView school : reach.schools(scope)) {
                for (Stage stage : school.stages()) {
                    if (BalanceStatus.compulsory(stage) != null) {
                        lines.add(BalanceStatus.school(school.id(), school.name(),
                                balance.position(scope, school.id(), year, stage)));
                    }
                }
            }
            return lines;
        }
        for (OrgNodeView district : reach.districts(scope)) {
            for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR)) {
                BalanceReport report = balance.report(scope, district.id(), year, stage);
                if (!report.schools().isEmpty() || !report.missing().isEmpty() || !report.excluded().isEmpty()) {
                    lines.add(BalanceStatus.county(report));
                }
            }
        }
        return lines;
    }
}
