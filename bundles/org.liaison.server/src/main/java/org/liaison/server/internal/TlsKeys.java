package org.liaison.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.liaison.core.io.PrivateFolders;

/**
 * The endpoint's key and certificate: the administrator's PKCS#12 file, or a self-signed one made
 * on first start with the JDK's {@code keytool} and kept in the data folder.
 */
final class TlsKeys {

    record Loaded(KeyStore keyStore, String password, Certificate certificate) {
    }

    private TlsKeys() {
    }

    static Loaded load(Path file, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return new Loaded(store, password, store.getCertificate(alias));
            }
        }
        throw new GeneralSecurityException(file + " holds no private key");
    }

    /** The generated key pair of this data folder, made now when there is none. */
    static Loaded selfSigned(Path folder, String extraNames) throws IOException, GeneralSecurityException {
        Path file = folder.resolve("sync-server.p12");
        Path passwordFile = folder.resolve("sync-server.password");
        if (!Files.exists(file)) {
            PrivateFolders.create(folder);
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            writeOwnerOnly(passwordFile, password);
            generate(file, password, extraNames);
        }
        return load(file, Files.readString(passwordFile, StandardCharsets.UTF_8).strip());
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system: the folder's own permissions protect it
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void generate(Path file, String password, String extraNames) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        StringBuilder names = new StringBuilder("dns:localhost,ip:127.0.0.1");
        for (String name : extraNames.split(",")) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty()) {
                names.append(',').append(trimmed.matches("[0-9.:]+") ? "ip:" : "dns:").append(trimmed);
            }
        }
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", "liaison-sync",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650", "-dname", "CN=Liaison sync server",
                "-ext", "SAN=" + names, "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass:env",
                "LIAISON_KEYSTORE_PASSWORD"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LIAISON_KEYSTORE_PASSWORD", password); // not on the command line, where ps shows it
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                Files.deleteIfExists(file);
                throw new IOException("keytool could not make the server's certificate: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the server's certificate", e);
        }
    }
}
