package org.educloud.library.search;

import org.educloud.library.ResourceQuery;
import org.educloud.library.SearchResults;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** {@link ResourceSearch} over the configured engine and the outbox that feeds its index. */
@Component
class LibrarySearch implements ResourceSearch {

    private final SearchEngine engine;
    private final SearchOutbox outbox;
    private final ApplicationEventPublisher events;

    LibrarySearch(SearchEngine engine, SearchOutbox outbox, ApplicationEventPublisher events) {
        this.engine = engine;
        this.outbox = outbox;
        this.events = events;
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
        if (!scope.isOperator()) {
            throw new ForbiddenException("library.error.reindexForbidden");
        }
        long indexed = engine.rebuild();
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.index.rebuilt", "resource",
                OrgPath.ROOT, indexed + " resources"));
        return indexed;
    }
}
