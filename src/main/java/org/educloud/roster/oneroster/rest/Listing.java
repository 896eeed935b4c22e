package org.educloud.roster.oneroster.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The paging, sorting, filtering and field-selection parameters of a OneRoster collection request. */
record Listing(int limit, int offset, @Nullable String sort, boolean descending, Filter filter, List<String> fields) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
}
