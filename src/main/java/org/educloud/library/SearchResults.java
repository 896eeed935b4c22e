package org.educloud.library;

import java.util.List;
import java.util.Map;
import org.educloud.shared.PageSlice;

/**
 * One page of search hits and the facet counts over all hits.
 *
 * @param facets facet name (stage, subject, grade, type, edition, sharing, school) → values with their counts,
 *               most frequent first
 * @param schoolNames names for the school facet's values
 */
public record SearchResults(PageSlice<Hit> hits, Map<String, List<FacetCount>> facets, Map<String, String> schoolNames) {

    /**
     * @param titleHtml the title, HTML-escaped, with the matched words in {@code <mark>}
     */
    public record Hit(ResourceView resource, String titleHtml) {
    }

    public record FacetCount(String value, long count) {
    }
}
