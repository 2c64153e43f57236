package org.liaison.core.validation;

import java.util.Objects;

/**
 * One thing wrong with some input: which line (of an import file or payload, when it has lines),
 * which field, and why, in words meant for the person who has to fix it.
 *
 * @param line 1-based line number, or 0 when the input has no lines
 * @param field the field or column name, or {@code null} when the whole input is wrong
 * @param message why it is wrong, already translated for the reader
 */
public record ValidationProblem(int line, String field, String message) {

    public ValidationProblem {
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more: " + line);
        }
    }

    public static ValidationProblem field(String field, String message) {
        return new ValidationProblem(0, field, message);
    }

    public static ValidationProblem line(int line, String field, String message) {
        return new ValidationProblem(line, field, message);
    }

    /** "line 12, field email: not an address", "field name: required", or the message alone. */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (line > 0) {
            where.append("line ").append(line);
        }
        if (field != null) {
            where.append(where.length() > 0 ? ", " : "").append("field ").append(field);
        }
        return where.length() == 0 ? message : where + ": " + message;
    }
}
