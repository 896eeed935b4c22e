package org.educloud.portal.homes;

/**
 * Where a balance line of an admin's home page stands: a county's verdict (achieved, not achieved, surveys
 * incomplete, cannot be judged) or a school's own standing (complies, falls short, not counted). The name is the
 * suffix of the message key {@code portal.balance.<name>}.
 */
public enum Standing {
    ACHIEVED, NOT_ACHIEVED, INCOMPLETE, UNDECIDED, COMPLIES, FALLS_SHORT, NOT_COUNTED;

    /** Good news, shown in the success colour. */
    public boolean good() {
        return this == ACHIEVED || this == COMPLIES;
    }

    /** Bad news; neither good nor bad means there is no verdict yet. */
    public boolean bad() {
        return this == NOT_ACHIEVED || this == FALLS_SHORT;
    }
}
