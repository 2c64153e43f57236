package org.liaison.workbench;

import java.util.List;
import java.util.Locale;

/**
 * One area's part of the search over every area (Ctrl+K): the things of the area that
 * {@code text} finds, best first. Called off the UI thread, once per pause in typing;
 * the results of a search overtaken by newer typing are dropped.
 */
public interface SearchProvider {

    /** Groups of results are shown by rank, lower first. */
    int rank();

    /** The heading of this area's results. */
    String title(Locale locale);

    /** At most {@code limit} things that {@code text} finds; empty when none. */
    List<Entry> search(String text, int limit, Locale locale);
}
