package org.educloud.library.search;

import org.educloud.shared.UnavailableException;
import org.jspecify.annotations.Nullable;

/** The search cluster did not answer, or answered that it cannot serve now: the search is refused with a 503. */
final class SearchUnavailableException extends UnavailableException {

    SearchUnavailableException(String detail, @Nullable Throwable cause) {
        super("library.error.searchUnavailable", new IllegalStateException("search cluster: " + detail, cause));
    }
}
