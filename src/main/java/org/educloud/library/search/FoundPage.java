package org.educloud.library.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.library.SearchResults;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * What either engine found, made a page of results: the page's resources read from the database in the index's
 * order (a resource deleted but not yet gone from the index is left out), titles marked, the school facet named.
 */
final class FoundPage {

    private FoundPage() {
    }

    static SearchResults of(ResourceQueries queries, List<Long> ids, long total,
                            Map<String, List<SearchResults.FacetCount>> facets, boolean estimated,
                            TitleMarks.@Nullable Marking marking, int page, int size) {
        List<OrgId> facetSchools = facets.getOrDefault("school", List.of()).stream()
                .map(c -> OrgId.of(Long.parseLong(c.value()))).toList();
        ResourceQueries.Named shown = queries.byIds(ids, facetSchools);
        List<SearchResults.Hit> hits = shown.resources().stream()
                .map(view -> new SearchResults.Hit(view, marking == null ? HtmlUtils.htmlEscape(view.title())
                        : marking.mark(view.title())))
                .toList();
        Map<String, String> schoolNames = new LinkedHashMap<>();
        facetSchools.forEach(school -> {
            String name = shown.names().get(school);
            if (name != null) {
                schoolNames.put(school.toString(), name);
            }
        });
        return new SearchResults(new PageSlice<>(hits, page, size, total), facets, schoolNames, estimated);
    }
}
