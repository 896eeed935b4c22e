/**
 * What several slices of teacher development share: where a teacher teaches, read from their own grants.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.support;
