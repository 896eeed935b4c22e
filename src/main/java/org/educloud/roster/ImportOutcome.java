package org.educloud.roster;

/** An import either wrote every row or changed nothing; while it runs, it is RUNNING. */
public enum ImportOutcome {
    RUNNING, APPLIED, REJECTED, FAILED
}
