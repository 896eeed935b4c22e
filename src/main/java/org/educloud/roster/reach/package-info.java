/**
 * The caller's reach in the roster: which org nodes a roster change may touch ({@code SchoolsInScope}: administered, and for
 * people and classes open schools) and which people and classes a caller may see ({@code RosterReach}: the subtrees they
 * administer plus, as a person, their own classes, children or self). Every query and change of the other slices asks here.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.reach;
