/**
 * The school terms (学期) every class belongs to: the {@code Term} entity and its repository.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.terms;
