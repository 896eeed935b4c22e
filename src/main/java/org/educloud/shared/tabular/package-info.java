/**
 * The table-import kit every importer reads with (the roster's files and OneRoster zips, the equity survey
 * spreadsheet, the library's catalogue): opening CSV and XLSX files within the {@link
 * org.educloud.shared.tabular.ImportLimits}, bounded rows and zip entries, the checks every text cell gets and the
 * row-level {@link org.educloud.shared.tabular.ImportProblem}s an all-or-nothing import reports, and the
 * {@link org.educloud.shared.tabular.ImportUpload} every import page checks and spools its file with. Pure
 * reading and checking: no entities and no services, like the rest of the shared kernel, so that any module may use
 * it.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.shared.tabular;
