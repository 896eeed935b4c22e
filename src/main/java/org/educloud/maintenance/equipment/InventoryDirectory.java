package org.educloud.maintenance.equipment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.maintenance.EquipmentDirectory;
import org.educloud.maintenance.EquipmentRegister;
import org.educloud.maintenance.EquipmentStatus;
import org.educloud.maintenance.EquipmentSummary;
import org.educloud.maintenance.InventoryCounts;
import org.educloud.maintenance.NewEquipment;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inventory's answers to other slices and modules, and its commands for the demo installation. */
@Service
@Transactional(readOnly = true)
class InventoryDirectory implements EquipmentDirectory, EquipmentRegister {

    private final EquipmentStore store;
    private final Inventory inventory;

    InventoryDirectory(EquipmentStore store, Inventory inventory) {
        this.store = store;
        this.inventory = inventory;
    }

    @Override
    public Optional<EquipmentSummary> find(Scope scope, long id) {
        return store.find(id).filter(e -> EquipmentReach.reads(scope, e.schoolPath())).map(EquipmentView::summary);
    }

    @Override
    public Map<Long, EquipmentSummary> byIds(Collection<Long> ids) {
        Map<Long, EquipmentSummary> found = new HashMap<>();
        store.byIds(List.copyOf(ids)).forEach(e -> found.put(e.id(), e.summary()));
        return found;
    }

    @Override
    public InventoryCounts countsOf(OrgId school) {
        return store.counts("school_id = ?", school.value()).getOrDefault(school, InventoryCounts.none());
    }

    @Override
    public Map<OrgId, InventoryCounts> countsUnder(OrgPath path) {
        return store.counts("school_path LIKE ?", path.likePattern());
    }

    @Override
    @Transactional
    public long record(Scope scope, OrgId school, NewEquipment device) {
        EquipmentInput input = new EquipmentInput(device.room(), device.kind().name(), device.model(), device.serial(),
                device.purchasedOn() == null ? null : device.purchasedOn().toString(),
                device.purchaseValue() == null ? null : device.purchaseValue().toPlainString(),
                device.warrantyUntil() == null ? null : device.warrantyUntil().toString());
        EquipmentInput.Reading reading = input.read(inventory.today());
        if (reading.draft() == null) {
            EquipmentInput.Problem first = reading.problems().getFirst();
            throw new FieldRuleViolationException(first.field(), first.messageKey(), first.arguments().toArray());
        }
        return inventory.record(scope, school, reading.draft());
    }

    @Override
    @Transactional
    public void changeStatus(Scope scope, long id, EquipmentStatus next, @Nullable String note) {
        inventory.changeStatus(scope, id, inventory.find(scope, id).version(), next, note);
    }
}
