package org.educloud.library;

import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A search of the library: words (Chinese or English, any part of a word) and facet selections.
 *
 * @param schoolId only resources owned by this school (or bureau)
 */
public record ResourceQuery(@Nullable String text, @Nullable Stage stage, @Nullable Subject subject,
                            @Nullable Integer grade, @Nullable ResourceType type, @Nullable String edition,
                            @Nullable Sharing sharing, @Nullable Long schoolId, boolean featured,
                            @Nullable Sort sort) {

    public enum Sort { RELEVANCE, NEWEST, MOST_USED, RATING }

    public static ResourceQuery words(String text) {
        return new ResourceQuery(text, null, null, null, null, null, null, null, false, Sort.RELEVANCE);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
