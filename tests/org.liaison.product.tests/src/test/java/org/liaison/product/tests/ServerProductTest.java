package org.liaison.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.test.support.ProcessOutput;

/** The materialized server product: it runs headless, logs to its files, and says why it cannot start. */
class ServerProductTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path home;

    private static Process start(Path home, String... arguments) throws IOException {
        Path product = Path.of(System.getProperty("liaison.server.product"));
        Path launcher;
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst().orElseThrow();
        }
        Path configuration = configuration(product, home);
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dliaison.home=" + home, "-Dliaison.sync.port=0", "-jar", launcher.toString(), "-data",
                home.resolve("workspace").toString(), "-configuration", configuration.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command)
                .directory(product.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
    }

    /** A configuration area of its own: what a run configures must not stay in the built product. */
    private static Path configuration(Path product, Path home) throws IOException {
        Path configuration = Files.createDirectories(home.resolve("configuration"));
        if (!Files.exists(configuration.resolve("config.ini"))) {
            Files.copy(product.resolve("configuration/config.ini"), configuration.resolve("config.ini"));
        }
        return configuration;
    }

    @Test
    void theStartScriptsConsoleAnswersInTheTerminal() throws Exception {
        Path product = Path.of(System.getProperty("liaison.server.product"));
        ProcessBuilder script = new ProcessBuilder(product.resolve("liaison-server").toString(), "-configuration",
                configuration(product, home).toString()).redirectErrorStream(true);
        script.environment().put("LIAISON_HOME", home.toString());
        script.environment().put("LIAISON_JAVA_OPTS", "-Dliaison.sync.port=0");
        script.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process server = script.start();
        try {
            ProcessOutput output = ProcessOutput.of(server);
            Writer console = new OutputStreamWriter(server.getOutputStream(), StandardCharsets.UTF_8);
            output.awaitLine("Liaison server running.", MINUTE);
            console.write("liaison:status\n");
            console.flush();
            assertTrue(output.awaitLine("State:", MINUTE).endsWith("State:    OPEN"));
            console.write("shutdown\n");
            console.flush();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the console's shutdown stops the server");
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void runsUntilStoppedAndLogsToARotatingFile() throws Exception {
        Process server = start(home);
        ProcessOutput output = ProcessOutput.of(server);
        output.awaitLine("Liaison server running.", MINUTE);
        String seen = output.text();
        assertTrue(seen.contains("Liaison server running. Database: " + home.resolve("data")), seen.toString());
        checkSyncEndpoint(seen.toString());
        assertTrue(seen.toString().contains("org.eclipse.jetty.server.Server doStart"), "Jetty logs through java.util.logging: " + seen);
        assertTrue(seen.toString().matches("(?s).*First start: administrator account 'admin' created with the password [A-Za-z0-9]{20} .*"),
                seen);
        server.destroy(); // SIGTERM, as a service manager stops it
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server stops when asked");
        String log = Files.readString(home.resolve("logs/liaison-server.0.log"));
        assertTrue(log.contains("Liaison server running; database at " + home.resolve("data")), log);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("created with the password ([A-Za-z0-9]{20})").matcher(seen);
        assertTrue(shown.find());
        assertFalse(log.contains(shown.group(1)), "the first administrator's password is shown once, never written to the log");
        assertTrue(Files.exists(home.resolve("data/liaison.mv.db")));
        assertEquals(List.of(), ProductDatabase.benchmarkTables(home.resolve("data")), "no benchmark table in the server's database");
    }

    @Test
    void accountsAreAdministeredFromTheCommandLine() throws Exception {
        Process add = start(home, "--add-account", "anne", "staff");
        String added = ProcessOutput.of(add).awaitEnd(MINUTE);
        assertEquals(0, add.exitValue(), added);
        assertTrue(added.matches("(?s).*Account anne \\(staff\\) created\\. Its password, shown only now: [A-Za-z0-9]{20}.*"), added);
        Process refused = start(home, "--add-account", "anne", "chief");
        String why = ProcessOutput.of(refused).awaitEnd(MINUTE);
        assertEquals(4, refused.exitValue(), why);
        assertTrue(why.contains("unknown role 'chief'"), why);
        Process list = start(home, "--list-accounts");
        String listed = ProcessOutput.of(list).awaitEnd(MINUTE);
        assertEquals(0, list.exitValue(), listed);
        assertTrue(listed.matches("(?s).*anne\\s+staff\\s+enabled.*"), listed);
    }

    /** The printed endpoint answers over TLS with the printed certificate, and refuses a call without a token. */
    private static void checkSyncEndpoint(String output) throws Exception {
        Matcher address = Pattern.compile("Sync endpoint: (https://127\\.0\\.0\\.1:\\d+)").matcher(output);
        Matcher fingerprint = Pattern.compile("fingerprint .*: ([0-9A-F:]{95})").matcher(output);
        assertTrue(address.find() && fingerprint.find(), output);
        String[] presented = new String[1];
        X509TrustManager recording = new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                try {
                    presented[0] = HexFormat.ofDelimiter(":").withUpperCase()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded()));
                } catch (NoSuchAlgorithmException e) {
                    throw new CertificateException(e);
                }
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("not a server");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] { recording }, null);
        HttpResponse<String> answer = HttpClient.newBuilder().sslContext(tls).build().send(
                HttpRequest.newBuilder(URI.create(address.group(1) + "/sync/pull")).header("Liaison-Sync-Protocol", "1").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, answer.statusCode(), answer.body());
        assertEquals(fingerprint.group(1), presented[0]);
    }

    @Test
    void aDataFolderItCannotUseEndsItWithExitCode2AndAReason() throws Exception {
        Path plainFile = Files.writeString(home.resolve("not-a-folder"), "x");
        Files.writeString(home.resolve("settings.properties"), "data.directory=" + plainFile.resolve("data") + "\n");
        Process server = start(home);
        String output = ProcessOutput.of(server).awaitEnd(MINUTE);
        assertEquals(2, server.exitValue(), output);
        String reason = "Liaison server cannot start: Liaison cannot write to the data folder " + plainFile.resolve("data");
        assertTrue(output.contains(reason), output);
        assertTrue(Files.readString(home.resolve("logs/liaison-server.0.log")).contains(reason));
    }

    @Test
    void aTelnetConsoleIsRefusedForItWouldLetAnyLocalUserAdministerTheServer() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process server = start(home, "-console", "127.0.0.1:" + port);
        try {
            String output = ProcessOutput.of(server).awaitEnd(MINUTE); // a server asked for a telnet console must not run on
            assertEquals(2, server.exitValue(), output);
            assertTrue(output.contains("no telnet console"), output);
        } finally {
            server.destroyForcibly();
        }
    }
}
