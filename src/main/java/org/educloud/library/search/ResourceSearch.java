package org.educloud.library.search;

import org.educloud.library.ResourceQuery;
import org.educloud.library.SearchResults;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The library's one way into its search: the rest of the library searches, reports changed resources and asks for
 * a rebuild through this port, and never sees the Lucene engine, its index or its outbox behind it.
 */
public interface ResourceSearch {

    /**
     * Published resources within the caller's reach (null: the public's) that match the words, with facet counts
     * and the matched words marked in titles.
     */
    SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size);

    /**
     * Marks a resource's index entry out of date, in the caller's transaction: the index catches up after commit,
     * and after a crash, so it never misses a committed change.
     */
    void changed(long resourceId);

    /** Rebuilds the whole index from the database (platform operators only); how many resources it indexed. */
    long reindex(Scope scope);
}
