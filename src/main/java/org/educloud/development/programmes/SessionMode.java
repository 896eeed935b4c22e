package org.educloud.development.programmes;

/** How a session meets: live online (直播) or in person (面授). */
public enum SessionMode {
    LIVE, IN_PERSON
}
