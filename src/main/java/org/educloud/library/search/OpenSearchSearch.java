package org.educloud.library.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ReviewStatus;
import org.educloud.library.SearchResults;
import org.educloud.library.Sharing;
import org.educloud.library.resources.ResourceAccess;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A library search as one OpenSearch request: the words as {@link WordQueries} reads them (translated by
 * {@link OpenSearchQueries}), the visibility rule of {@link ResourceAccess} and the facet selections as filters (the
 * cluster caches filters itself), the seven facets as {@code terms} aggregations over every hit (one shard: exact),
 * and the two relevance tiers of ADR 14 as a constant bonus for resources that hold the searched words as words.
 */
final class OpenSearchSearch {

    /** How far OpenSearch pages by default ({@code index.max_result_window}); pages past it show no hits. */
    private static final int RESULT_WINDOW = 10_000;
    /** Larger than any text score: the first tier of relevance comes before the second whatever their scores. */
    private static final float FIRST_TIER = 10_000f;

    private static final Logger LOG = LoggerFactory.getLogger(OpenSearchSearch.class);

    private final OpenSearchClient client;
    private final ResourceQueries queries;
    private final WordQueries wordQueries;
    private final OpenSearchQueries translated;
    private final String index;

    OpenSearchSearch(OpenSearchClient client, ResourceQueries queries, String index) {
        this.client = client;
        this.queries = queries;
        this.index = index;
        this.wordQueries = new WordQueries(LibraryAnalysis.words(false), LibraryAnalysis.bigrams(false, true),
                LibraryAnalysis.bigrams(false, false));
        this.translated = new OpenSearchQueries(client.json());
    }

    SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size) {
        int safePage = PageSlice.safePage(page);
        JsonMapper json = client.json();
        Query words = query.hasText() ? wordQueries.matching(query.text().strip()) : null;
        Query byWords = query.hasText() ? wordQueries.byWords(query.text().strip()) : null;

        ObjectNode request = json.createObjectNode();
        long from = (long) safePage * size;
        boolean inWindow = from + size <= RESULT_WINDOW;
        request.put("from", inWindow ? from : 0);
        request.put("size", inWindow ? size : 0);
        request.put("track_total_hits", true);
        request.put("_source", false);
        ObjectNode bool = request.putObject("query").putObject("bool");
        bool.putArray("must").add(translated.of(words == null ? new MatchAllDocsQuery() : words));
        ArrayNode filters = bool.putArray("filter");
        filters.add(visibleTo(scope));
        if (query.featured()) {
            filters.add(term("featured", true));
        }
        FacetColumns.selected(query).forEach((name, value) -> filters.add(term(field(name), value)));
        ResourceQuery.Sort sort = query.sort() == null ? ResourceQuery.Sort.RELEVANCE : query.sort();
        if (sort == ResourceQuery.Sort.RELEVANCE && byWords != null && !byWords.equals(words)) {
            ObjectNode tier = bool.putArray("should").addObject().putObject("constant_score");
            tier.set("filter", translated.of(byWords));
            tier.put("boost", FIRST_TIER);
        }
        sort(request, sort, words != null);
        ObjectNode aggregations = request.putObject("aggs");
        for (FacetColumns.Facet facet : FacetColumns.FACETS) {
            ObjectNode terms = aggregations.putObject(facet.name()).putObject("terms");
            terms.put("field", facet.field());
            terms.put("size", facet.top());
            ArrayNode order = terms.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
        }

        OpenSearchClient.Response response = client.post(index + "/_search", request);
        if (response.status() == 404) {
            throw new SearchUnavailableException("no index " + index + " yet", null);
        }
        if (response.status() == 400) {
            // the cluster would not run this search (too many clauses, say, from a long pasted paragraph): the
            // person can shorten it; what the cluster said is for the operator
            LOG.warn("The search cluster refused a search of {} characters: {}",
                    query.hasText() ? query.text().length() : 0, response.body().path("error"));
            throw new RuleViolationException(WordQueries.TOO_COMPLEX);
        }
        JsonNode found = OpenSearchClient.expectOk(response, "a search");
        List<Long> ids = new ArrayList<>();
        for (JsonNode hit : found.path("hits").path("hits")) {
            ids.add(Long.parseLong(hit.path("_id").asString()));
        }
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        for (FacetColumns.Facet facet : FacetColumns.FACETS) {
            List<SearchResults.FacetCount> counts = new ArrayList<>();
            for (JsonNode bucket : found.path("aggregations").path(facet.name()).path("buckets")) {
                JsonNode key = bucket.path("key");
                counts.add(new SearchResults.FacetCount(key.isNumber() ? Long.toString(key.asLong()) : key.asString(),
                        bucket.path("doc_count").asLong()));
            }
            facets.put(facet.name(), counts);
        }
        TitleMarks.Marking marking = words == null ? null : wordQueries.marks().of(WordQueries.terms(words, byWords));
        return FoundPage.of(queries, ids, found.path("hits").path("total").path("value").asLong(), facets, false,
                marking, safePage, size);
    }

    /** The order of the page, as the embedded engine sorts (relevance alone: by score, the cluster's default). */
    private static void sort(ObjectNode request, ResourceQuery.Sort sort, boolean hasWords) {
        ArrayNode order = request.putArray("sort");
        switch (sort) {
            case NEWEST -> {
                order.addObject().put("publishedAt", "desc");
                if (hasWords) {
                    order.addObject().put("_score", "desc");
                }
            }
            case MOST_USED -> {
                order.addObject().put("usage", "desc");
                order.addObject().put("publishedAt", "desc");
            }
            case RATING -> {
                order.addObject().put("rating", "desc");
                order.addObject().put("usage", "desc");
            }
            case RELEVANCE -> order.addObject().put(hasWords ? "_score" : "publishedAt", "desc");
        }
    }

    /**
     * The visibility rule of {@link ResourceAccess} for published resources: public ones for the public; for a
     * caller, their own, and those not private that are shared at a node they reach or below one they see.
     */
    private ObjectNode visibleTo(@Nullable Scope scope) {
        JsonMapper json = client.json();
        ObjectNode rule = json.createObjectNode();
        ArrayNode all = rule.putObject("bool").putArray("filter");
        all.add(term("status", ReviewStatus.PUBLISHED.name()));
        if (scope == null) {
            all.add(term("sharing", Sharing.PUBLIC.name()));
            return rule;
        }
        ObjectNode where = json.createObjectNode();
        ObjectNode whereBool = where.putObject("bool");
        whereBool.put("minimum_should_match", 1);
        ArrayNode paths = whereBool.putArray("should");
        ObjectNode reach = paths.addObject().putObject("terms");
        ArrayNode reached = reach.putArray("sharePath");
        for (String path : ResourceAccess.reach(scope)) {
            reached.add(path);
        }
        TreeSet<String> below = new TreeSet<>();
        scope.visiblePaths().forEach(path -> below.add(path.value()));
        for (String path : below) {
            paths.addObject().putObject("prefix").put("sharePath", path);
        }
        ObjectNode shared = json.createObjectNode();
        ObjectNode sharedBool = shared.putObject("bool");
        sharedBool.putArray("filter").add(where);
        sharedBool.putArray("must_not").add(term("sharing", Sharing.PRIVATE.name()));
        ObjectNode seen = json.createObjectNode();
        ArrayNode either = seen.putObject("bool").putArray("should");
        either.add(term("authorId", scope.userId().value()));
        either.add(shared);
        ((ObjectNode) seen.get("bool")).put("minimum_should_match", 1);
        all.add(seen);
        return rule;
    }

    private ObjectNode term(String field, Object value) {
        ObjectNode term = client.json().createObjectNode();
        ObjectNode on = term.putObject("term");
        switch (value) {
            case Boolean flag -> on.put(field, flag);
            case Long number -> on.put(field, number);
            default -> on.put(field, value.toString());
        }
        return term;
    }

    /** The index field of a facet. */
    private static String field(String facet) {
        return FacetColumns.FACETS.stream().filter(f -> f.name().equals(facet)).findFirst().orElseThrow().field();
    }
}
