package org.educloud.library;

import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What a resource list is narrowed to.
 *
 * @param text words in the title or tags
 * @param mine only the caller's own resources, in every status
 */
public record ResourceFilter(@Nullable String text, @Nullable Stage stage, @Nullable Subject subject,
                             @Nullable Integer grade, @Nullable ResourceType type, boolean mine, boolean featured,
                             @Nullable Order order) {

    public enum Order { NEWEST, MOST_USED }

    public static ResourceFilter all() {
        return new ResourceFilter(null, null, null, null, null, false, false, Order.NEWEST);
    }
}
