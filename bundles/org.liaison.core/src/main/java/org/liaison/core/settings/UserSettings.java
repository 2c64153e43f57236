package org.liaison.core.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The person's own settings on this machine (language, where the data lives), kept in
 * {@code settings.properties} under the Liaison home folder: the {@code liaison.home} system
 * property, or {@code ~/.liaison}.
 */
public interface UserSettings {

    /** Key of the user-interface language ("en" or "fr"). */
    String LANGUAGE = "language";
    /** Key of the folder holding the local database. */
    String DATA_DIRECTORY = "data.directory";

    /** The Liaison home folder. */
    Path home();

    Optional<String> get(String key);

    /** Stores a setting at once (written to disk before returning). */
    void put(String key, String value);

    /** The chosen user-interface language, or the system's when none is chosen. */
    Locale locale();

    /** The folder of the local database: the chosen one, or {@code <home>/data}. */
    Path dataDirectory();
}
