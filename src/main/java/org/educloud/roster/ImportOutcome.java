package org.educloud.roster;

/** An import either wrote every row or changed nothing. */
public enum ImportOutcome {
    APPLIED, REJECTED
}
