package org.liaison.store.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import org.liaison.core.io.PrivateFiles;
import org.liaison.store.NetworkKeys;

/**
 * The network keys of one database, in an owner-only properties file beside it ({@code NAME.keys}),
 * or in memory only for a database in memory.
 */
final class KeyRingFile implements NetworkKeys {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, Map<String, byte[]>> keys = new LinkedHashMap<>();
    private final Map<String, String> current = new LinkedHashMap<>();

    /** @param file where the keys are kept, or null to keep them in memory */
    KeyRingFile(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            load();
        }
    }

    @Override
    public synchronized Key current(String purpose) {
        check(purpose);
        String id = current.get(purpose);
        if (id == null) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            id = UUID.randomUUID().toString().substring(0, 8);
            keys.computeIfAbsent(purpose, p -> new LinkedHashMap<>()).put(id, secret);
            current.put(purpose, id);
            save();
        }
        return new Key(id, keys.get(purpose).get(id).clone());
    }

    @Override
    public synchronized List<Key> all(String purpose) {
        check(purpose);
        List<Key> all = new ArrayList<>();
        String first = current.get(purpose);
        Map<String, byte[]> known = keys.getOrDefault(purpose, Map.of());
        if (first != null) {
            all.add(new Key(first, known.get(first).clone()));
        }
        known.forEach((id, secret) -> {
            if (!id.equals(first)) {
                all.add(new Key(id, secret.clone()));
            }
        });
        return all;
    }

    @Override
    public synchronized Map<String, List<Key>> ring() {
        Map<String, List<Key>> ring = new LinkedHashMap<>();
        for (String purpose : keys.keySet()) {
            ring.put(purpose, all(purpose));
        }
        return ring;
    }

    @Override
    public synchronized Map<String, String> currents() {
        return Map.copyOf(current);
    }

    @Override
    public synchronized void learn(String purpose, List<Key> learnt, String currentId) {
        check(purpose);
        for (Key key : learnt) {
            check(key.id());
            if (key.secret() == null || key.secret().length < 16) {
                throw new IllegalArgumentException("the key " + key.id() + " of " + purpose + " is shorter than 16 bytes");
            }
        }
        Map<String, byte[]> known = keys.computeIfAbsent(purpose, p -> new LinkedHashMap<>());
        boolean changed = false;
        for (Key key : learnt) {
            changed |= known.putIfAbsent(key.id(), key.secret().clone()) == null;
        }
        if (currentId != null && known.containsKey(currentId) && !currentId.equals(current.get(purpose))) {
            current.put(purpose, currentId);
            changed = true;
        }
        if (changed) {
            save();
        }
    }

    private static void check(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a key purpose or id (1 to 40 letters, digits or '-'): " + name);
        }
    }

    private void load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the network keys in " + file, e);
        }
        for (String name : properties.stringPropertyNames()) {
            String[] parts = name.split("\\.");
            if (parts.length == 3 && parts[1].equals("key")) {
                keys.computeIfAbsent(parts[0], p -> new LinkedHashMap<>()).put(parts[2],
                        Base64.getDecoder().decode(properties.getProperty(name)));
            }
        }
        for (String purpose : keys.keySet()) {
            String id = properties.getProperty(purpose + ".current");
            if (id != null && keys.get(purpose).containsKey(id)) {
                current.put(purpose, id);
            }
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        Properties properties = new Properties();
        keys.forEach((purpose, known) -> known.forEach((id, secret) -> properties.setProperty(purpose + ".key." + id,
                Base64.getEncoder().encodeToString(secret))));
        current.forEach((purpose, id) -> properties.setProperty(purpose + ".current", id));
        try {
            PrivateFiles.write(file, properties, "Liaison network keys: keep with the database, never share");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the network keys to " + file, e);
        }
    }
}
