package org.educloud.development.frameworks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bureau (region or district) brings in its own framework from a CSV or XLSX file laid out as the national one:
 * all or nothing, the whole file checked before anything is written, a code and version never taken twice.
 */
@Service
@Transactional
public class ImportingFrameworks {

    private final TenancyManagement tenancy;
    private final FrameworkStore store;
    private final ImportLimits limits;
    private final Clock clock;

    ImportingFrameworks(TenancyManagement tenancy, FrameworkStore store, ImportLimits limits, Clock clock) {
        this.tenancy = tenancy;
        this.store = store;
        this.limits = limits;
        this.clock = clock;
    }

    /** The bureau a caller brings a framework in for: a region or district they administer, else not found. */
    public OrgNodeView bureau(Scope scope, OrgId org) {
        OrgNodeView node = tenancy.visible(scope, org);
        if (node.kind() == OrgKind.SCHOOL || !scope.canAdminister(node.path())) {
            throw new NotFoundException("development.error.bureauNotFound");
        }
        return node;
    }

    public FrameworkImport importFramework(Scope scope, OrgId org, FrameworkForm form, Path file) {
        OrgNodeView bureau = bureau(scope, org);
        String code = Objects.requireNonNull(form.code()).strip();
        String version = Objects.requireNonNull(form.version()).strip();
        if (store.exists(code, version)) {
            return new FrameworkImport(null, List.of(ImportProblem.ofFile("development.import.taken", code, version)));
        }
        FrameworkRows.Outcome outcome;
        try (TabularFile table = TabularFile.open(file, limits)) {
            outcome = FrameworkRows.read(table.rows());
        } catch (TabularFile.Unreadable e) {
            return new FrameworkImport(null, List.of(e.problem()));
        } catch (TabularFile.Refused e) {
            return new FrameworkImport(null, List.of(e.problem()));
        } catch (IOException e) {
            return new FrameworkImport(null, List.of(ImportProblem.ofFile("roster.import.error.unreadable")));
        }
        if (!outcome.accepted()) {
            return new FrameworkImport(null, outcome.problems());
        }
        String name = Objects.requireNonNull(form.name()).strip();
        String nameEn = form.nameEn() == null || form.nameEn().isBlank() ? name : form.nameEn().strip();
        long id = store.save(code, version, name, nameEn, bureau.id().value(), bureau.path(), scope.userId().value(),
                clock.instant(), outcome.content());
        return new FrameworkImport(id, List.of());
    }
}
