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
 * @param estimated   whether the facet counts are estimates: a search with very many hits counts the facets of a
 *                    sample of them and scales that to all of them, rounded to three significant digits. The
 *                    total and the hits are exact either way.
 */
public record SearchResults(PageSlice<Hit> hits, Map<String, List<FacetCount>> facets, Map<String, String> schoolNames,
                            boolean estimated) {

    /**
     * @param titleHtml the title, HTML-escaped, with the matched words in {@code <mark>}
     */
    public record Hit(ResourceView resource, String titleHtml) {
    }

    public record FacetCount(String value, long count) {
    }
}
