/**
 * The evidence of a teacher's digital practice the platform already holds, read through the library's and the
 * learning space's facades for one school year and put beside the indicators a framework maps it to.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.development.evidence;
