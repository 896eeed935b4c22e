package org.educloud.library;

import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Ratings, favourites and comments on resources the caller may see. A rating is one per person (rating again
 * replaces it); comments are sanitised and wait for the resource's author or an admin of its school before anyone
 * else reads them. Kept in {@code library.engagement}.
 */
public interface Engagement {

    /** A resource's rating, the caller's own stars and favourite, and the comments the caller may read. */
    EngagementView of(Scope scope, ResourceId resourceId);

    /** Rates a resource from 1 to 5 stars; rating again replaces the caller's rating. */
    void rate(Scope scope, ResourceId resourceId, int stars);

    /** Marks a resource as one of the caller's favourites, or no longer. */
    void favourite(Scope scope, ResourceId resourceId, boolean favourite);

    /** The caller's favourites that they may still see, newest first. */
    PageSlice<ResourceView> favourites(Scope scope, int page, int size);

    /**
     * Comments on a published resource; the comment waits for moderation unless the caller moderates the resource
     * (its author, or an admin of its school). Returns the comment's id.
     */
    long comment(Scope scope, ResourceId resourceId, @Nullable String text);

    /** Approves or rejects a comment on a resource the caller moderates. */
    void moderate(Scope scope, long commentId, boolean approve);
}
