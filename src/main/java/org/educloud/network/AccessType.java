package org.educloud.network;

/** How a school reaches the internet, as its connectivity declaration says. */
public enum AccessType {
    /** A fixed fibre line (光纤). */
    FIBRE,
    /** A 4G/5G mobile line. */
    MOBILE,
    /** A satellite line, the last resort of remote teaching points. */
    SATELLITE,
    /** No internet access at all. */
    NONE;

    /** Whether a school with this access counts as connected (学校联网率). */
    public boolean connected() {
        return this != NONE;
    }
}
