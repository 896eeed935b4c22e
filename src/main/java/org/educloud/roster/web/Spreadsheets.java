package org.educloud.roster.web;

/** Keeps exported cells from being run as formulas when a spreadsheet opens them (CSV/formula injection). */
final class Spreadsheets {

    private Spreadsheets() {
    }

    static String safe(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
