package org.educloud.maintenance.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.maintenance.EquipmentStatus;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a school's inventory: finding devices in reach, recording and describing them, and moving them through
 * their life (in use → in repair → in use, or retired for good), each move kept with who made it and why.
 */
@Service
@Transactional
public class Inventory {

    private final EquipmentStore store;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final Clock clock;

    Inventory(EquipmentStore store, TenancyManagement tenancy, IdentityManagement identity, Clock clock) {
        this.store = store;
        this.tenancy = tenancy;
        this.identity = identity;
        this.clock = clock;
    }

    /** The devices in the caller's reach; someone who reads no inventory at all is refused the list. */
    @Transactional(readOnly = true)
    public PageSlice<EquipmentView> list(Scope scope, EquipmentFilter filter, int page, int size) {
        Set<OrgPath> reach = requireReader(scope);
        int safePage = PageSlice.safePage(page);
        return new PageSlice<>(store.search(reach, filter, safePage * size, size), safePage, size,
                store.count(reach, filter));
    }

    @Transactional(readOnly = true)
    public EquipmentView find(Scope scope, long id) {
        return store.find(id).filter(e -> EquipmentReach.reads(scope, e.schoolPath()))
                .orElseThrow(() -> new NotFoundException("maintenance.equipment.error.notFound"));
    }

    @Transactional(readOnly = true)
    public List<StatusChange> history(Scope scope, long id) {
        find(scope, id);
        return store.history(id);
    }

    public boolean editable(Scope scope, EquipmentView equipment) {
        return EquipmentReach.edits(scope, equipment.schoolPath());
    }

    /** Records a new device, in use from today. */
    public long record(Scope scope, OrgId schoolId, EquipmentDraft draft) {
        OrgNodeView school = editableSchool(scope, schoolId);
        requireFreeSerial(school.id().value(), draft.serial(), null);
        long id;
        try {
            id = store.insert(school.id(), school.path(), draft, EquipmentStatus.IN_USE, clock.instant());
        } catch (DuplicateKeyException e) {
            throw serialTaken();
        }
        store.recordChange(id, EquipmentStatus.IN_USE, null, clock.instant(), scope.userId().value(), nameOf(scope));
        return id;
    }

    public void revise(Scope scope, long id, int version, EquipmentDraft draft) {
        EquipmentView device = editableDevice(scope, id);
        if (device.status() == EquipmentStatus.RETIRED) {
            throw new RuleViolationException("maintenance.equipment.error.retired");
        }
        requireFreeSerial(device.school().value(), draft.serial(), id);
        try {
            if (!store.update(id, version, draft, clock.instant())) {
                throw new ConflictException("", "maintenance.equipment.error.changedMeanwhile");
            }
        } catch (DuplicateKeyException e) {
            throw serialTaken();
        }
    }

    public void changeStatus(Scope scope, long id, int version, EquipmentStatus next, @Nullable String note) {
        EquipmentView device = editableDevice(scope, id);
        if (!device.status().mayBecome(next)) {
            throw new RuleViolationException("maintenance.equipment.error.transition");
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (reason != null && reason.length() > 500) {
            throw new FieldRuleViolationException("note", "maintenance.equipment.error.tooLong", 500);
        }
        if (!store.changeStatus(id, version, next, clock.instant())) {
            throw new ConflictException("", "maintenance.equipment.error.changedMeanwhile");
        }
        store.recordChange(id, next, reason, clock.instant(), scope.userId().value(), nameOf(scope));
    }

    /** The active schools whose equipment the caller may record, in tree order. */
    @Transactional(readOnly = true)
    public List<OrgNodeView> editableSchools(Scope scope) {
        return schoolsUnder(EquipmentReach.editable(scope));
    }

    /** The schools whose equipment the caller reads, for the list's filter. */
    @Transactional(readOnly = true)
    public List<OrgNodeView> readableSchools(Scope scope) {
        return schoolsUnder(EquipmentReach.readable(scope));
    }

    public Map<OrgId, String> schoolNames(List<EquipmentView> devices) {
        return tenancy.names(devices.stream().map(EquipmentView::school).toList());
    }

    java.time.Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A school the caller may record equipment of: 404 outside their reach, 403 where they only read. */
    OrgNodeView editableSchool(Scope scope, OrgId schoolId) {
        OrgNodeView school = tenancy.find(schoolId).filter(OrgNodeView::isSchool)
                .filter(s -> EquipmentReach.reads(scope, s.path()) || EquipmentReach.edits(scope, s.path()))
                .orElseThrow(() -> new NotFoundException("maintenance.equipment.error.schoolNotFound"));
        if (!EquipmentReach.edits(scope, school.path())) {
            throw new ForbiddenException("maintenance.equipment.error.readOnly");
        }
        if (!school.isActive()) {
            throw new RuleViolationException("maintenance.equipment.error.schoolClosed");
        }
        return school;
    }

    String nameOf(Scope scope) {
        // the installation itself (first-start seeding) has no account; asking identity for it would throw inside
        // the caller's transaction and mark it rollback-only
        if (scope.isInstallation()) {
            return "EduCloud";
        }
        return identity.self(scope.userId()).displayName();
    }

    private EquipmentView editableDevice(Scope scope, long id) {
        EquipmentView device = find(scope, id);
        if (!EquipmentReach.edits(scope, device.schoolPath())) {
            throw new ForbiddenException("maintenance.equipment.error.readOnly");
        }
        return device;
    }

    private void requireFreeSerial(long school, String serial, @Nullable Long except) {
        if (store.serialTaken(school, serial, except)) {
            throw serialTaken();
        }
    }

    private static FieldRuleViolationException serialTaken() {
        return new FieldRuleViolationException("serial", "maintenance.equipment.error.serialTaken");
    }

    private static Set<OrgPath> requireReader(Scope scope) {
        Set<OrgPath> reach = EquipmentReach.readable(scope);
        if (reach.isEmpty()) {
            throw new ForbiddenException("maintenance.equipment.error.noReach");
        }
        return reach;
    }

    private List<OrgNodeView> schoolsUnder(Set<OrgPath> paths) {
        Map<OrgId, OrgNodeView> schools = new LinkedHashMap<>();
        for (OrgPath path : paths) {
            for (OrgNodeView node : tenancy.schoolsUnder(path)) {
                if (node.isSchool() && node.isActive()) {
                    schools.putIfAbsent(node.id(), node);
                }
            }
        }
        return new ArrayList<>(schools.values());
    }
}
