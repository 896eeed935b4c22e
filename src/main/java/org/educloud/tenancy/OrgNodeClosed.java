package org.educloud.tenancy;

import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;

/** A bureau or school was closed; its history stays, it takes nothing new. */
public record OrgNodeClosed(OrgId id, OrgKind kind, OrgPath path) {
}
