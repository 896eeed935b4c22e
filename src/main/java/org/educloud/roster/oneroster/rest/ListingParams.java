package org.educloud.roster.oneroster.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The raw query parameters of a OneRoster request, checked and turned into a {@link Listing}. */
record ListingParams(@Nullable String limit, @Nullable String offset, @Nullable String sort,
                     @Nullable String orderBy, @Nullable String filter, @Nullable String fields) {

    Listing listing(Set<String> selectable) {
        int parsedLimit = number("limit", limit, Listing.DEFAULT_LIMIT, 1);
        int parsedOffset = number("offset", offset, 0, 0);
        boolean descending;
        if (orderBy == null || orderBy.isBlank() || orderBy.equalsIgnoreCase("asc")) {
            descending = false;
        } else if (orderBy.equalsIgnoreCase("desc")) {
            descending = true;
        } else {
            throw new InvalidRequest("invaliddata", "orderBy must be asc or desc, not '" + orderBy + "'");
        }
        return new Listing(Math.min(parsedLimit, Listing.MAX_LIMIT), parsedOffset,
                sort == null || sort.isBlank() ? null : sort.strip(), descending, Filter.parse(filter),
                selection(selectable));
    }

    List<String> selection(Set<String> selectable) {
        if (fields == null || fields.isBlank()) {
            return List.of();
        }
        List<String> chosen = Arrays.stream(fields.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        List<String> unknown = chosen.stream().filter(f -> !selectable.contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("invalid_selection_field", "Unknown fields: " + String.join(", ", unknown));
        }
        return chosen;
    }

    private static int number(String name, @Nullable String value, int fallback, int min) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequest("invaliddata", name + " must be a whole number of at least " + min
                    + ", not '" + value + "'");
        }
    }
}
