package org.educloud.library.search;

import org.educloud.library.ResourceQuery;
import org.educloud.library.SearchResults;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The default engine: each node's own Lucene index ({@link SearchIndex}), read directly ({@link LuceneSearch}). */
@Component
@ConditionalOnProperty(name = "educloud.library.search.engine", havingValue = "lucene", matchIfMissing = true)
class EmbeddedSearch implements SearchEngine {

    private final LuceneSearch search;
    private final SearchIndex index;

    EmbeddedSearch(LuceneSearch search, SearchIndex index) {
        this.search = search;
        this.index = index;
    }

    @Override
    public SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size) {
        return search.search(scope, query, page, size);
    }

    @Override
    public int drain() {
        return index.drain();
    }

    @Override
    public long rebuild() {
        return index.rebuild();
    }
}
