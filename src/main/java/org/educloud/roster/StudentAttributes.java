package org.educloud.roster;

import org.educloud.shared.OrgId;

/** The equity-relevant attributes of one enrolled student, without name or identity numbers. */
public record StudentAttributes(StudentId studentId, OrgId school, boolean leftBehind, boolean migrant,
                                boolean disability) {
}
