package org.educloud.library;

import org.educloud.shared.OrgId;

/** An org node the caller may file a resource under: a school they teach at or run, or their bureau. */
public record OwnerChoice(OrgId id, String name) {
}
