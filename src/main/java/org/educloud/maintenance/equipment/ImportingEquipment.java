package org.educloud.maintenance.equipment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.maintenance.EquipmentStatus;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school or a bureau brings in its inventory from one spreadsheet, one device a row, the school named by its
 * national code. All or nothing: every row is read and checked first (the school is the caller's to keep, the
 * description well-formed as on the form, the serial number once per school in the file) and only a file without a
 * problem is written, in one transaction. A serial number the school already has describes that device anew (and
 * moves its status when the row gives one), so the same file can be brought in again after a correction.
 */
@Service
public class ImportingEquipment {

    public static final List<String> HEADERS = List.of("学校标识码", "房间", "类型", "型号", "序列号", "购置日期",
            "购置金额（元）", "保修截止", "状态");
    static final int MAX_ROWS = 20_000;
    private static final Map<String, Integer> FIELD_COLUMNS = Map.of("room", 1, "kind", 2, "model", 3, "serial", 4,
            "purchasedOn", 5, "purchaseValue", 6, "warrantyUntil", 7);
    static final Map<String, EquipmentStatus> STATUS_NAMES = Map.of("在用", EquipmentStatus.IN_USE,
            "维修中", EquipmentStatus.IN_REPAIR, "已报废", EquipmentStatus.RETIRED);

    private final TenancyManagement tenancy;
    private final EquipmentStore store;
    private final Inventory inventory;
    private final ImportLimits limits;

    ImportingEquipment(TenancyManagement tenancy, EquipmentStore store, Inventory inventory, ImportLimits limits) {
        this.tenancy = tenancy;
        this.store = store;
        this.inventory = inventory;
        this.limits = limits;
    }

    /** The school or bureau a caller brings an inventory in for: one whose equipment they keep. */
    public OrgNodeView target(Scope scope, OrgId org) {
        return tenancy.find(org).filter(n -> EquipmentReach.edits(scope, n.path()))
                .orElseThrow(() -> new NotFoundException("maintenance.equipment.error.schoolNotFound"));
    }

    /** One row once read: the school, the device, its status if given, and the device it updates if known. */
    private record Row(long number, OrgNodeView school, EquipmentDraft draft, @Nullable EquipmentStatus status,
                       @Nullable EquipmentView existing) {
    }

    @Transactional
    public EquipmentImport importInto(Scope scope, OrgId org, Path file) {
        OrgNodeView node = target(scope, org);
        Map<String, OrgNodeView> byCode = new HashMap<>();
        for (OrgNodeView school : node.isSchool() ? List.of(node) : tenancy.schoolsUnder(node.path())) {
            if (school.isSchool() && school.schoolCode() != null) {
                byCode.put(school.schoolCode(), school);
            }
        }
        LocalDate today = inventory.today();
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<Long, Map<String, EquipmentView>> known = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        int count = 0;
        try (TabularFile table = TabularFile.open(file, limits)) {
            Iterator<TabularFile.SourceRow> it = table.rows();
            if (!it.hasNext() || !header(it.next())) {
                return EquipmentImport.refused(List.of(ImportProblem.ofFile("maintenance.import.header",
                        String.join("、", HEADERS))));
            }
            while (it.hasNext()) {
                TabularFile.SourceRow row = it.next();
                if (row.blank()) {
                    continue;
                }
                if (++count > MAX_ROWS) {
                    problems.add(ImportProblem.ofFile("maintenance.import.tooManyRows", String.valueOf(MAX_ROWS)));
                    break;
                }
                Row read = read(scope, row, byCode, known, seen, today, problems);
                if (read != null) {
                    rows.add(read);
                }
            }
        } catch (TabularFile.Unreadable e) {
            problems.add(e.problem());
        } catch (TabularFile.Refused e) {
            problems.add(e.problem());
        } catch (IOException e) {
            problems.add(ImportProblem.ofFile("roster.import.error.unreadable"));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(ImportProblem.ofFile("maintenance.import.empty"));
        }
        if (!problems.isEmpty()) {
            return EquipmentImport.refused(problems);
        }
        return write(scope, rows);
    }

    private EquipmentImport write(Scope scope, List<Row> rows) {
        Instant now = inventory.now();
        long by = scope.userId().value();
        String name = inventory.nameOf(scope);
        int recorded = 0;
        int updated = 0;
        try {
            for (Row row : rows) {
                if (row.existing() == null) {
                    EquipmentStatus status = row.status() == null ? EquipmentStatus.IN_USE : row.status();
                    long id = store.insert(row.school().id(), row.school().path(), row.draft(), status, now);
                    store.recordChange(id, status, null, now, by, name);
                    recorded++;
                    continue;
                }
                EquipmentView existing = row.existing();
                if (!store.update(existing.id(), existing.version(), row.draft(), now)) {
                    throw new ConflictException("", "maintenance.equipment.error.changedMeanwhile");
                }
                if (row.status() != null && row.status() != existing.status()) {
                    store.changeStatus(existing.id(), existing.version() + 1, row.status(), now);
                    store.recordChange(existing.id(), row.status(), null, now, by, name);
                }
                updated++;
            }
        } catch (DuplicateKeyException e) {
            // another import or form took a serial number between the check and now: nothing of this file stays
            throw new ConflictException("", "maintenance.equipment.error.changedMeanwhile");
        }
        return new EquipmentImport(true, recorded, updated, List.of());
    }

    private @Nullable Row read(Scope scope, TabularFile.SourceRow row, Map<String, OrgNodeView> byCode,
                               Map<Long, Map<String, EquipmentView>> known, Map<String, Long> seen, LocalDate today,
                               List<ImportProblem> problems) {
        int before = problems.size();
        String code = row.cell(0);
        OrgNodeView school = byCode.get(code);
        if (school == null || !EquipmentReach.edits(scope, school.path())) {
            problems.add(problem(row, 0, code.isEmpty() ? "maintenance.equipment.error.required"
                    : "maintenance.import.unknownSchool"));
        } else if (!school.isActive()) {
            problems.add(problem(row, 0, "maintenance.equipment.error.schoolClosed"));
        }
        EquipmentInput input = new EquipmentInput(row.cell(1), row.cell(2), row.cell(3), row.cell(4), row.cell(5),
                row.cell(6), row.cell(7));
        EquipmentInput.Reading reading = input.read(today);
        for (EquipmentInput.Problem p : reading.problems()) {
            int column = FIELD_COLUMNS.get(p.field());
            problems.add(new ImportProblem(row.number(), HEADERS.get(column), row.cell(column), p.messageKey(),
                    p.arguments()));
        }
        EquipmentStatus status = status(row, problems);
        if (problems.size() > before || school == null || reading.draft() == null) {
            return null;
        }
        String serial = reading.draft().serial().toUpperCase(Locale.ROOT);
        Long earlier = seen.putIfAbsent(school.id().value() + "/" + serial, row.number());
        if (earlier != null) {
            problems.add(new ImportProblem(row.number(), HEADERS.get(4), row.cell(4), "maintenance.import.duplicate",
                    List.of(String.valueOf(earlier))));
            return null;
        }
        EquipmentView existing = known.computeIfAbsent(school.id().value(), store::bySerial).get(serial);
        if (existing != null && existing.status() == EquipmentStatus.RETIRED) {
            problems.add(new ImportProblem(row.number(), HEADERS.get(4), row.cell(4),
                    "maintenance.import.retired", List.of()));
            return null;
        }
        return new Row(row.number(), school, reading.draft(), status, existing);
    }

    private static @Nullable EquipmentStatus status(TabularFile.SourceRow row, List<ImportProblem> problems) {
        String text = row.cell(8);
        if (text.isEmpty()) {
            return null;
        }
        EquipmentStatus named = STATUS_NAMES.get(text);
        if (named != null) {
            return named;
        }
        try {
            return EquipmentStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(row.number(), HEADERS.get(8), text, "maintenance.import.status",
                    List.of(String.join("、", STATUS_NAMES.keySet().stream().sorted().toList()))));
            return null;
        }
    }

    private static boolean header(TabularFile.SourceRow row) {
        for (int i = 0; i < HEADERS.size(); i++) {
            if (!HEADERS.get(i).equals(row.cell(i))) {
                return false;
            }
        }
        return true;
    }

    private static ImportProblem problem(TabularFile.SourceRow row, int column, String key) {
        return new ImportProblem(row.number(), HEADERS.get(column), row.cell(column), key, List.of());
    }
}
