/**
 * OneRoster 1.2 CSV file sets: the all-or-nothing import of a bulk or delta zip (unpacking, a reading pass that
 * checks every row and collects every problem, then writing passes in the caller's transaction, with the
 * sourcedId links kept per import root) and the source facts an import keeps for the export. Other slices of the
 * roster start an import through {@link org.educloud.roster.oneroster.csv.ImportingOneRoster}.
 */
@org.jspecify.annotations.NullMarked
package org.educloud.roster.oneroster.csv;
