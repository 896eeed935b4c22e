package org.educloud.roster;

import org.educloud.shared.OrgId;

/** How many enrolled students of one school share one combination of the equity attributes. */
public record StudentGroup(OrgId school, boolean leftBehind, boolean migrant, boolean disability, long students) {
}
