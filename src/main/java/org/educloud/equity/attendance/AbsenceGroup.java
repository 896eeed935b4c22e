package org.educloud.equity.attendance;

import org.jspecify.annotations.Nullable;

/**
 * One group's chronic absence: how many of its students have attendance recorded, how many of them are chronically
 * absent and what share that is. A group smaller than {@link AbsenceByGroup#SMALLEST_GROUP} shows only how many
 * students it has ({@code countsOnly}): with two children, a rate would name them.
 *
 * @param group a message key naming the group
 */
public record AbsenceGroup(String group, long students, @Nullable Long chronic, @Nullable Double ratePercent,
                           boolean countsOnly) {
}
