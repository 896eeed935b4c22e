package org.educloud.roster.reach;

import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/** The org nodes a roster change may touch: ones the caller administers, and for people and classes, open schools. */
@Component
public class SchoolsInScope {

    private final TenancyManagement tenancy;

    SchoolsInScope(TenancyManagement tenancy) {
        this.tenancy = tenancy;
    }

    public OrgNodeView administered(Scope scope, OrgId org) {
        OrgNodeView node = tenancy.visible(scope, org);
        if (!scope.canAdminister(node.path())) {
            throw new ForbiddenException("roster.error.forbidden");
        }
        return node;
    }

    public OrgNodeView activeSchool(Scope scope, OrgId school) {
        OrgNodeView node = administered(scope, school);
        if (node.kind() != OrgKind.SCHOOL) {
            throw new RuleViolationException("roster.error.notASchool");
        }
        if (!node.isActive()) {
            throw new RuleViolationException("roster.error.schoolClosed");
        }
        return node;
    }

    /** A school the caller administers, open or closed; anything else does not exist for them. */
    public OrgNodeView managedSchool(Scope scope, OrgId school) {
        OrgNodeView node = tenancy.visible(scope, school);
        if (node.kind() != OrgKind.SCHOOL || !scope.canAdminister(node.path())) {
            throw new org.educloud.shared.NotFoundException("roster.error.schoolNotFound");
        }
        return node;
    }

    public OrgNodeView find(OrgId id) {
        return tenancy.find(id).orElseThrow();
    }
}
