package org.educloud.learning;

import org.educloud.shared.OrgId;

/**
 * One school's assignments due in a period: how many were set, how many hand-ins their classes' students owed
 * (each assignment: its class's size when it was published), how many students handed in and how many of those
 * were graded.
 */
public record SchoolWork(OrgId school, long assignments, long expected, long submitted, long graded) {
}
