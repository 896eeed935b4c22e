package org.educloud.library;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over published resources: words match titles, descriptions, tags, knowledge points and
 * textbook places through both smartcn words and CJK bigrams; visibility is the same rule lists apply, as index
 * predicates; facets count every hit, not just the page; the page's rows are then read from the database.
 */
@Component
class ResourceSearch {

    private static final String[] TEXT_FIELDS = {"all_words", "all_bigrams"};

    private final EntityManager entityManager;
    private final ResourceQueries queries;
    private final TenancyManagement tenancy;

    ResourceSearch(EntityManager entityManager, ResourceQueries queries, TenancyManagement tenancy) {
        this.entityManager = entityManager;
        this.queries = queries;
        this.tenancy = tenancy;
    }

    SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size) {
        int safePage = PageSlice.safePage(page);
        var search = Search.session(entityManager).search(Resource.class)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.highlight("title").single(), f.highlight("title_bigrams").single())
                        .asList())
                .where(f -> f.bool(b -> {
                    // only the words score; everything else filters
                    b.filter(f.match().field("status").matching(ReviewStatus.PUBLISHED));
                    b.filter(visible(f, scope));
                    if (query.hasText()) {
                        b.must(f.simpleQueryString().fields(TEXT_FIELDS).fields("title", "title_bigrams").boost(2f)
                                .matching(query.text().strip()).defaultOperator(BooleanOperator.AND));
                    }
                    facetFilters(f, b, query);
                }))
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1)
                        .noMatchSize(0))
                .sort(f -> switch (query.sort() == null ? ResourceQuery.Sort.RELEVANCE : query.sort()) {
                    case NEWEST -> f.field("publishedAt").desc().then().score();
                    case MOST_USED -> f.field("usage").desc().then().field("publishedAt").desc();
                    case RATING -> f.field("rating").desc().then().field("usage").desc();
                    case RELEVANCE -> query.hasText() ? f.score().then().field("publishedAt").desc()
                            : f.field("publishedAt").desc();
                });
        AggregationKey<Map<org.educloud.tenancy.Stage, Long>> stage = AggregationKey.of("stage");
        AggregationKey<Map<Subject, Long>> subject = AggregationKey.of("subject");
        AggregationKey<Map<Integer, Long>> grade = AggregationKey.of("grade");
        AggregationKey<Map<ResourceType, Long>> type = AggregationKey.of("type");
        AggregationKey<Map<String, Long>> edition = AggregationKey.of("edition");
        AggregationKey<Map<Sharing, Long>> sharing = AggregationKey.of("sharing");
        AggregationKey<Map<Long, Long>> school = AggregationKey.of("school");
        search = search
                .aggregation(stage, f -> f.terms().field("stage", org.educloud.tenancy.Stage.class))
                .aggregation(subject, f -> f.terms().field("subject", Subject.class).maxTermCount(20))
                .aggregation(grade, f -> f.terms().field("grade", Integer.class).maxTermCount(12))
                .aggregation(type, f -> f.terms().field("type", ResourceType.class))
                .aggregation(edition, f -> f.terms().field("edition", String.class).maxTermCount(10))
                .aggregation(sharing, f -> f.terms().field("sharing", Sharing.class))
                .aggregation(school, f -> f.terms().field("ownerId", Long.class).maxTermCount(20));
        SearchResult<List<?>> result = search.fetch(safePage * size, size);
        List<Long> ids = new ArrayList<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        for (List<?> hit : result.hits()) {
            long id = (Long) hit.get(0);
            ids.add(id);
            String highlighted = hit.get(1) != null ? (String) hit.get(1) : (String) hit.get(2);
            titles.put(id, highlighted);
        }
        List<SearchResults.Hit> hits = queries.byIds(ids).stream()
                .map(view -> new SearchResults.Hit(view, titles.get(view.id()) != null ? titles.get(view.id())
                        : HtmlUtils.htmlEscape(view.title())))
                .toList();
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        facets.put("stage", counts(result.aggregation(stage)));
        facets.put("subject", counts(result.aggregation(subject)));
        facets.put("grade", counts(result.aggregation(grade)));
        facets.put("type", counts(result.aggregation(type)));
        facets.put("edition", counts(result.aggregation(edition)));
        facets.put("sharing", counts(result.aggregation(sharing)));
        facets.put("school", counts(result.aggregation(school)));
        Map<String, String> schoolNames = new LinkedHashMap<>();
        tenancy.names(facets.get("school").stream().map(c -> OrgId.of(Long.parseLong(c.value()))).toList())
                .forEach((id, name) -> schoolNames.put(id.toString(), name));
        return new SearchResults(new PageSlice<>(hits, safePage, size, result.total().hitCount()), facets,
                schoolNames);
    }

    private static List<SearchResults.FacetCount> counts(Map<?, Long> aggregation) {
        List<SearchResults.FacetCount> counts = new ArrayList<>();
        aggregation.forEach((value, count) -> counts.add(new SearchResults.FacetCount(
                value instanceof Enum<?> e ? e.name() : String.valueOf(value), count)));
        counts.sort((a, b) -> Long.compare(b.count(), a.count()));
        return counts;
    }

    /** The visibility rule of {@link ResourceAccess} for published resources, as index predicates. */
    private static org.hibernate.search.engine.search.predicate.SearchPredicate visible(SearchPredicateFactory f,
                                                                                       @Nullable Scope scope) {
        if (scope == null) {
            return f.match().field("sharing").matching(Sharing.PUBLIC).toPredicate();
        }
        return f.bool(b -> {
            b.should(f.match().field("authorId").matching(scope.userId().value()));
            b.should(f.bool(shared -> {
                shared.mustNot(f.match().field("sharing").matching(Sharing.PRIVATE));
                shared.must(f.bool(where -> {
                    where.should(f.terms().field("sharePath").matchingAny(List.of((Object[]) ResourceAccess.reach(scope))));
                    for (OrgPath path : scope.visiblePaths()) {
                        where.should(f.wildcard().field("sharePath").matching(path.value() + "*"));
                    }
                }));
            }));
        }).toPredicate();
    }

    private static void facetFilters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root,
                                     ResourceQuery query) {
        if (query.stage() != null) {
            root.filter(f.match().field("stage").matching(query.stage()));
        }
        if (query.subject() != null) {
            root.filter(f.match().field("subject").matching(query.subject()));
        }
        if (query.grade() != null) {
            root.filter(f.match().field("grade").matching(query.grade()));
        }
        if (query.type() != null) {
            root.filter(f.match().field("type").matching(query.type()));
        }
        if (query.edition() != null && !query.edition().isBlank()) {
            root.filter(f.match().field("edition").matching(query.edition()));
        }
        if (query.sharing() != null) {
            root.filter(f.match().field("sharing").matching(query.sharing()));
        }
        if (query.schoolId() != null) {
            root.filter(f.match().field("ownerId").matching(query.schoolId()));
        }
        if (query.featured()) {
            root.filter(f.match().field("featured").matching(true));
        }
    }
}
