package org.educloud.equity.reports;

import java.time.Duration;
import java.time.Instant;
import org.educloud.shared.OrgId;
import org.jspecify.annotations.Nullable;

/**
 * An export job as its page and the API show it: progress in steps (one per district and stage, then the file),
 * and on failure a message key saying why.
 */
public record ReportExportView(long id, OrgId org, String orgName, String schoolYear, ReportFormat format,
                               ReportExportStatus status, int stepsDone, int stepsTotal, String requestedByName,
                               Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                               @Nullable String failure, @Nullable String fileName, @Nullable Long contentSize) {

    /** 0–100; a finished job is 100 whatever its steps. */
    public int percent() {
        if (status.finished()) {
            return 100;
        }
        return stepsTotal == 0 ? 0 : Math.min(99, stepsDone * 100 / stepsTotal);
    }

    /** How long the build took, once it has finished. */
    public @Nullable Duration buildTime() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
