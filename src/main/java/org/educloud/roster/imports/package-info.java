/**
 * The roster's CSV/XLSX imports of students, staff, classes, guardians and enrolments: the row readers and columns of
 * each template, the all-or-nothing import services, the record of every run ({@code ImportRun},
 * {@code ImportRunRecorder}, {@code RunningImport}), imports in the background ({@code BackgroundImports}), bulk
 * writing through PostgreSQL COPY ({@code PgCopy}) and the import pages. The OneRoster file-set import lives in
 * {@code oneroster.csv} and records its runs here.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.imports;
