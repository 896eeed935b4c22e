package org.educloud.learning;

import org.educloud.shared.OrgId;

/** One student's returned grades in a period: their mean as a share of each assignment's maximum (0–1). */
public record StudentScore(long studentId, OrgId school, double meanShare, int grades) {
}
