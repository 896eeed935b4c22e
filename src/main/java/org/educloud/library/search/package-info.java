/**
 * Full-text search of the library behind the one port {@link org.educloud.library.search.ResourceSearch}, on the
 * engine the configuration chooses: the embedded Lucene index of each node (the default: analysis, word and bigram
 * queries, facet counting, ranking, title marks) or one OpenSearch index that every node shares, spoken to over HTTP
 * with the same analysis, queries, visibility rule and facets. Either index is kept equal to the database through an
 * outbox and a numbered change log, with a place in it per Lucene node or per OpenSearch index. Nothing outside this
 * package touches Lucene types or the cluster.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.search;
