package org.educloud.shared;

/** Keeps exported cells from being run as formulas when a spreadsheet opens them (CSV/formula injection). */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** A value starting with = + - @ (or a tab or carriage return) gets a leading apostrophe. */
    public static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
