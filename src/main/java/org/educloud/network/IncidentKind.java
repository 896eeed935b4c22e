package org.educloud.network;

/** What went wrong with a school's line. */
public enum IncidentKind {
    /** The school's probe sent no heartbeat for several intervals in a row. */
    OUTAGE,
    /** Measured throughput stayed below a share of the contracted bandwidth for a period. */
    DEGRADATION
}
