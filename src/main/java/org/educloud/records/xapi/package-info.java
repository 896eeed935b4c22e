/**
 * The Learning Record Store behind the xAPI 1.0.3/2.0 endpoints: statement validation, storage, queries, voiding,
 * attachments, the state/profile document resources, and the projection of other modules' {@code LearningActivity}
 * events into statements. Each request is checked against the caller's reach (its org subtree) before any row is
 * read or written.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.records.xapi;
