package org.educloud.library.search;

import org.educloud.library.ResourceQuery;
import org.educloud.library.SearchResults;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Where the library's searches run, chosen by {@code educloud.library.search.engine}: an embedded Lucene index on
 * each node's disk ({@link EmbeddedSearch}, the default) or one OpenSearch index that every node of an installation
 * shares ({@link OpenSearchEngine}). Both follow the same change log, read texts the same way and apply the same
 * visibility rule, facets and relevance tiers.
 */
interface SearchEngine {

    SearchResults search(@Nullable Scope scope, ResourceQuery query, int page, int size);

    /** Indexes every change of the log this engine's index has not yet; how many it indexed. */
    int drain();

    /** Rebuilds the whole index from the database; how many resources it indexed. */
    long rebuild();
}
