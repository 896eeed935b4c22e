package org.educloud.roster;

/** A homeroom class (行政班) or a teaching class (教学班) formed for one subject. */
public enum ClassKind {
    HOMEROOM, TEACHING
}
