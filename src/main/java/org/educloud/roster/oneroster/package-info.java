/**
 * The OneRoster 1.2 slice of the roster: everything EduCloud says and hears in OneRoster terms. The CSV file-set
 * import and export live in {@code csv}, the REST binding for integration clients in {@code rest}; both read and
 * write the same roster tables. This package holds what both share: the mapping of the roster's tables to OneRoster
 * fields ({@link org.educloud.roster.oneroster.OneRosterMapping}, ADR 0023) and the kinds of objects that travel
 * under a sourcedId, so a field has one meaning whichever way it travels (docs/oneroster-mapping.md).
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.oneroster;
