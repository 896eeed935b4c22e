package org.educloud.equity.reports;

/** Where an export job is: waiting for a worker, being built, finished with its file, or failed (no file). */
public enum ReportExportStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
