/**
 * Full-text search of the library: the Lucene engine (analysis, word and bigram queries, facet counting, ranking, title marks) behind the one port {@link org.educloud.library.search.ResourceSearch}, every node's index kept equal to the database through an outbox and a numbered change log with a cursor per node. Nothing outside this package touches Lucene types.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.library.search;
