package org.liaison.workbench;

import java.util.Map;
import java.util.Objects;

/**
 * What a card line or a search result opens: a command of the application model with its
 * parameters, executed by the desktop as if chosen from a menu.
 */
public record Open(String commandId, Map<String, String> parameters) {

    public Open {
        Objects.requireNonNull(commandId, "commandId");
        parameters = Map.copyOf(parameters);
    }

    public static Open command(String commandId) {
        return new Open(commandId, Map.of());
    }

    public static Open command(String commandId, String parameter, String value) {
        return new Open(commandId, Map.of(parameter, value));
    }

    /** Shows an area (a perspective of {@link Workbench#AREAS}). */
    public static Open area(String areaId) {
        return command(Workbench.SHOW_AREA_COMMAND, Workbench.AREA_PARAMETER, areaId);
    }
}
