package org.liaison.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.liaison.core.i18n.SupportedLocales;
import org.liaison.core.io.PrivateFolders;
import org.liaison.core.settings.UserSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** User settings in a properties file, replaced atomically on every change. */
@Component(service = UserSettings.class)
public class PropertiesUserSettings implements UserSettings {

    /** System property naming the Liaison home folder. */
    public static final String HOME_PROPERTY = "liaison.home";

    private final Path home;
    private final Path file;
    private final Properties values = new Properties();

    @Activate
    public PropertiesUserSettings() {
        this(defaultHome());
    }

    public PropertiesUserSettings(Path home) {
        this.home = home;
        this.file = home.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read settings from " + file, e);
            }
        }
    }

    static Path defaultHome() {
        String configured = System.getProperty(HOME_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured).toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".liaison");
    }

    @Override
    public Path home() {
        return home;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    @Override
    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
        try {
            PrivateFolders.create(home);
            Path temp = Files.createTempFile(home, "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "Liaison settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save settings to " + file, e);
        }
    }

    @Override
    public Locale locale() {
        return SupportedLocales.choose(get(LANGUAGE).orElse(Locale.getDefault().toLanguageTag()));
    }

    @Override
    public Path dataDirectory() {
        return get(DATA_DIRECTORY).map(Path::of).orElse(home.resolve("data")).toAbsolutePath();
    }
}
