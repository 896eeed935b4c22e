package org.educloud.library;

/**
 * Where a resource stands in the review workflow: drafted, submitted to its school, approved by the school and
 * waiting for the bureau, published, rejected back to its author, or withdrawn.
 */
public enum ReviewStatus {
    DRAFT, SUBMITTED, SCHOOL_APPROVED, PUBLISHED, REJECTED, WITHDRAWN;

    /** The author may change the resource and its files only while it is not in anyone's hands. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED || this == WITHDRAWN;
    }

    public boolean awaitingReview() {
        return this == SUBMITTED || this == SCHOOL_APPROVED;
    }
}
