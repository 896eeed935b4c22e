/**
 * What several slices of teacher development share: where a teacher teaches, read from their own grants, and the
 * rule and storage of the evidence files teachers upload (claims, task hand-ins).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.support;
