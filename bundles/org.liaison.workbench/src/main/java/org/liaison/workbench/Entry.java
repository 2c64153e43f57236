package org.liaison.workbench;

import java.util.Objects;

/** One line of a Today card or of search results: what it is, a detail beside it, and what opens it. */
public record Entry(String text, String detail, Open open) {

    public Entry {
        Objects.requireNonNull(text, "text");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(open, "open");
    }
}
