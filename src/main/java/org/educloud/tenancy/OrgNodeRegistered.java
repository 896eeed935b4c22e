package org.educloud.tenancy;

import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;

/** A bureau or school was added to the tree. */
public record OrgNodeRegistered(OrgId id, OrgKind kind, OrgPath path) {
}
