package org.educloud.identity;

import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.jspecify.annotations.Nullable;

/** One role on one org node, with the node's name for display. */
public record GrantView(long id, Role role, @Nullable OrgId orgId, OrgPath orgPath, String orgName) {
}
