package org.educloud.roster;

/** The level at which a teacher is recognised as a backbone teacher (骨干教师). */
public enum BackboneLevel {
    NONE, SCHOOL, COUNTY, CITY, PROVINCE;

    /** The quality-balance indicator counts backbone teachers recognised by a county or higher. */
    public boolean countyOrAbove() {
        return ordinal() >= COUNTY.ordinal();
    }
}
