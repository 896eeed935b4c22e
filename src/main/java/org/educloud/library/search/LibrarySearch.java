package org.educloud.library.search;

import org.educloud.library.ResourceQuery;
import org.educloud.library.SearchResults;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@link ResourceSearch} over the Lucene engine, its outbox and its index. */
@Component
class LibrarySearch implements ResourceSearch {

    private final LuceneSearch engine;
    private final SearchOutbox outbox;
    private final SearchIndex index;

    LibrarySearch(LuceneSearch engine, SearchOutbox outbox, SearchIndex index) {
        this.engine = engine;
        this.outbox = outbox;
        this.index = index;
    }

    @Override
    public SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size) {
        return engine.search(scope, query, page, size);
    }

    @Override
    public void changed(long resourceId) {
        outbox.queue(resourceId);
    }

    @Override
    public long reindex(Scope scope) {
        return index.reindex(scope);
    }
}
