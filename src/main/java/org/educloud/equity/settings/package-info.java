/**
 * The equity module's settings ({@code educloud.equity.*}): teaching-point threshold, open survey years, the report
 * font and the export pool. Read by the facades in the root and by several slices, so they sit in a package of
 * their own.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.equity.settings;
