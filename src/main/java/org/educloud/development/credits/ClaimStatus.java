package org.educloud.development.credits;

/** A claim waits for the teacher's school, which approves (the hours go to the ledger) or rejects it. */
public enum ClaimStatus {
    PENDING, APPROVED, REJECTED
}
