package org.educloud.library;

/**
 * How far a published resource reaches: only its author, the owner's school, district or region, or everyone
 * including anonymous visitors of the public portal. Anything beyond the school passes a bureau review.
 */
public enum Sharing {
    PRIVATE, SCHOOL, DISTRICT, REGION, PUBLIC;

    public boolean needsBureauReview() {
        return this == DISTRICT || this == REGION || this == PUBLIC;
    }
}
