package org.educloud.tenancy.orgs;

import java.time.Clock;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeRegistered;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgStatus;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Adds bureaus and schools to the tree, each under a parent the caller administers. */
@Component
public class RegisteringOrgNode {

    private final OrgNodeRepository nodes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisteringOrgNode(OrgNodeRepository nodes, ApplicationEventPublisher events, Clock clock) {
        this.nodes = nodes;
        this.events = events;
        this.clock = clock;
    }

    public OrgNodeView bureau(Scope scope, @Nullable OrgId parentId, BureauDraft draft) {
        OrgNode parent = null;
        OrgKind kind = OrgKind.REGION;
        if (parentId == null) {
            if (!scope.isOperator()) {
                throw new ForbiddenException("tenancy.error.forbidden");
            }
        } else {
            parent = openParent(scope, parentId);
            kind = OrgKind.DISTRICT;
            if (!parent.kind().mayContain(kind)) {
                throw new RuleViolationException("tenancy.error.wrongParent");
            }
        }
        OrgNode node = nodes.save(OrgNode.bureau(nodes.nextId(), kind, parent, draft, clock.instant()));
        registered(scope, node, "org.bureau.registered");
        return node.view();
    }

    public OrgNodeView school(Scope scope, OrgId districtId, SchoolDraft draft) {
        OrgNode district = openParent(scope, districtId);
        if (!district.kind().mayContain(OrgKind.SCHOOL)) {
            throw new RuleViolationException("tenancy.error.wrongParent");
        }
        requireUniqueCode(draft.schoolCode(), null);
        OrgNode node = nodes.save(OrgNode.school(nodes.nextId(), district, draft, clock.instant()));
        registered(scope, node, "org.school.registered");
        return node.view();
    }

    public void requireUniqueCode(String schoolCode, @Nullable OrgNode self) {
        nodes.findBySchoolCode(schoolCode.strip())
                .filter(existing -> self == null || !existing.id().equals(self.id()))
                .ifPresent(existing -> {
                    throw new ConflictException("schoolCode", "tenancy.error.schoolCode.duplicate", schoolCode);
                });
    }

    private OrgNode openParent(Scope scope, OrgId parentId) {
        OrgNode parent = nodes.findById(parentId.value())
                .filter(p -> TenancyManagement.isVisible(scope, p.path()))
                .orElseThrow(() -> new NotFoundException("tenancy.error.notFound"));
        if (!scope.canAdminister(parent.path())) {
            throw new ForbiddenException("tenancy.error.forbidden");
        }
        if (parent.status() == OrgStatus.CLOSED) {
            throw new RuleViolationException("tenancy.error.parentClosed");
        }
        return parent;
    }

    private void registered(Scope scope, OrgNode node, String action) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, node.name(), node.path(), null));
        events.publishEvent(new OrgNodeRegistered(node.id(), node.kind(), node.path()));
    }
}
