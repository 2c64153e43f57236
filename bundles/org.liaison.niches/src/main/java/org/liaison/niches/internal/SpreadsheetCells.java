package org.liaison.niches.internal;

/** Text cells of an exported CSV made safe for spreadsheet programs. */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
