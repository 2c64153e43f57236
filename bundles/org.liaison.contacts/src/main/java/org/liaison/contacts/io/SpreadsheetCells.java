package org.liaison.contacts.io;

import java.util.regex.Pattern;

/**
 * Text cells of exported CSV files made safe for spreadsheet programs, which run a cell starting
 * with =, +, -, @, a tab or a carriage return as a formula: such a cell gets a leading apostrophe,
 * except a telephone number written with its country code (+44 1273 123456), which stays as it is.
 *
 * @since 1.2
 */
public final class SpreadsheetCells {

    private static final Pattern TELEPHONE = Pattern.compile("\\+[0-9][0-9 ]*");

    private SpreadsheetCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !TELEPHONE.matcher(value).matches() ? "'" + value : value;
    }
}
