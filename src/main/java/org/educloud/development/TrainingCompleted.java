package org.educloud.development;

import java.math.BigDecimal;
import java.time.Instant;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;

/**
 * A teacher completed a training programme by its rule: the hours it credits go to their ledger and a certificate is
 * issued, each once. Published inside the completing transaction.
 */
public record TrainingCompleted(long programmeId, String programmeName, UserId teacher, String teacherName,
                                OrgId school, OrgPath schoolPath, BigDecimal creditHours, Instant completedAt) {
}
