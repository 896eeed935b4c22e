package org.educloud.network.dashboard;

/** The dashboard's figures, each computed by {@link ConnectivityTally#value(Measure)}. */
public enum Measure {
    /** 学校联网率: declared schools with any access, of all declared schools. */
    CONNECTED_SHARE(true),
    /** Contracted downstream Mbit/s per declared school. */
    MBPS_PER_SCHOOL(false),
    /** Contracted downstream Mbit/s per enrolled student of the declared schools. */
    MBPS_PER_STUDENT(false),
    /** Declared schools contracted at 100 Mbit/s or more. */
    SHARE_100(true),
    /** Declared schools contracted at 1000 Mbit/s or more. */
    SHARE_1000(true),
    /** Classrooms with network multimedia equipment (班班通), of all classrooms. */
    MULTIMEDIA_COVERAGE(true);

    private final boolean share;

    Measure(boolean share) {
        this.share = share;
    }

    /** Whether the figure is a share (shown as a percentage) rather than Mbit/s. */
    public boolean share() {
        return share;
    }
}
