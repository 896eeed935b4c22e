/**
 * OneRoster 1.2 CSV file sets: the all-or-nothing import of a bulk or delta zip (unpacking, a reading pass that
 * checks every row and collects every problem, then writing passes in the caller's transaction, with the
 * sourcedId links kept per import root), and the bulk export of the roster below a node, whose rows are read
 * through the same mapping as REST's ({@link org.educloud.roster.oneroster.OneRosterMapping}). Other slices of the
 * roster start an import through {@link org.educloud.roster.oneroster.csv.ImportingOneRoster} and an export through
 * {@link org.educloud.roster.oneroster.csv.OneRosterCsvExport}.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.oneroster.csv;
