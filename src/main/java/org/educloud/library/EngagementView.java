package org.educloud.library;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How people engage with a resource, as the caller sees it: the average rating, the caller's own rating and
 * favourite, and the comments the caller may read (approved ones, the caller's own, and pending ones when the
 * caller moderates).
 */
public record EngagementView(@Nullable Double averageRating, long ratings, @Nullable Integer myRating,
                             boolean favourite, List<CommentView> comments, boolean moderator) {
}
