package org.liaison.workbench;

/**
 * The number shown beside an area's entry in the navigator (contacts recorded, follow-ups due...).
 * Asked off the UI thread at start and after the database changed; it should be cheap.
 */
public interface AreaCount {

    /** The id of the area's perspective. */
    String areaId();

    long count();
}
