package org.educloud.network.status;

/**
 * A school's line as the wall shows it. DOWN and DEGRADED follow open incidents; UP means heard within the last day;
 * SILENT means heard before but not lately without an outage (its probe was revoked or retired); NEVER_REPORTED
 * means no probe ever reported.
 */
enum LineStatus {
    DOWN, DEGRADED, UP, SILENT, NEVER_REPORTED
}
