package org.educloud.development.credits;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.identity.AccountView;
import org.educloud.identity.GrantView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school or bureau brings in hours from outside training providers: the whole file checked first — every teacher a
 * teacher under the importing node, no row twice in the file, none already in the ledger — then every row credited
 * in one transaction, or nothing at all.
 */
@Service
@Transactional
public class ImportingCredits {

    private final CreditLedger ledger;
    private final CreditStore store;
    private final IdentityManagement identity;
    private final ImportLimits limits;
    private final Clock clock;

    ImportingCredits(CreditLedger ledger, CreditStore store, IdentityManagement identity, ImportLimits limits,
                     Clock clock) {
        this.ledger = ledger;
        this.store = store;
        this.identity = identity;
        this.limits = limits;
        this.clock = clock;
    }

    private record Teacher(AccountView account, GrantView school) {
    }

    public CreditImport importHours(Scope scope, OrgId org, Path file) {
        OrgNodeView node = ledger.administered(scope, org);
        CreditRows.Outcome outcome;
        try (TabularFile table = TabularFile.open(file, limits)) {
            outcome = CreditRows.read(table.rows(), LocalDate.now(clock.withZone(SchoolYear.CHINA)));
        } catch (TabularFile.Unreadable e) {
            return new CreditImport(0, List.of(e.problem()));
        } catch (TabularFile.Refused e) {
            return new CreditImport(0, List.of(e.problem()));
        } catch (IOException e) {
            return new CreditImport(0, List.of(ImportProblem.ofFile("roster.import.error.unreadable")));
        }
        List<ImportProblem> problems = new ArrayList<>(outcome.problems());
        Map<String, Optional<Teacher>> teachers = new HashMap<>();
        for (CreditRows.Row row : outcome.rows()) {
            Optional<Teacher> teacher = teachers.computeIfAbsent(row.username().toLowerCase(java.util.Locale.ROOT),
                    name -> teacher(scope, node, name));
            if (teacher.isEmpty()) {
                problems.add(ImportProblem.at(row.number(), CreditRows.HEADERS.get(0), row.username(),
                        "development.credits.import.unknownTeacher"));
            } else if (store.imported(teacher.get().account().id().value(), row.provider(), row.course(),
                    row.takenOn())) {
                problems.add(ImportProblem.at(row.number(), CreditRows.HEADERS.get(0), row.username(),
                        "development.credits.import.alreadyInLedger"));
            }
        }
        if (!problems.isEmpty()) {
            return new CreditImport(0, problems);
        }
        int credited = 0;
        for (CreditRows.Row row : outcome.rows()) {
            Teacher teacher = teachers.get(row.username().toLowerCase(java.util.Locale.ROOT)).orElseThrow();
            if (store.credit(teacher.account().id().value(), teacher.account().displayName(),
                    teacher.school().orgId().value(), teacher.school().orgPath(), row.hours(), CreditSource.IMPORT,
                    null, null, row.provider(), row.course(), row.takenOn(), scope.userId().value(), clock.instant())) {
                credited++;
            }
        }
        return new CreditImport(credited, List.of());
    }

    /** A teacher account under the node, and the school grant there; otherwise none, however it failed. */
    private Optional<Teacher> teacher(Scope scope, OrgNodeView node, String username) {
        Optional<UserId> id = identity.accountNamed(username);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        // searched within the importer's scope rather than asked for by id: an account outside it is simply absent
        return identity.search(scope, username, Role.TEACHER, null, 0, 20).items().stream()
                .filter(a -> a.id().equals(id.get()))
                .findFirst()
                .flatMap(account -> account.grants().stream().filter(g -> g.role() == Role.TEACHER
                        && g.orgId() != null && node.path().contains(g.orgPath())).findFirst()
                        .map(g -> new Teacher(account, g)));
    }
}
