package org.liaison.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
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
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The materialized server product: it runs headless, logs to its files, and says why it cannot start. */
class ServerProductTest {

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
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reading = new Thread(() -> new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .lines().forEach(lines::add), "server output");
            reading.setDaemon(true);
            reading.start();
            Writer console = new OutputStreamWriter(server.getOutputStream(), StandardCharsets.UTF_8);
            awaitLine(lines, "Liaison server running.");
            console.write("liaison:status\n");
            console.flush();
            assertTrue(awaitLine(lines, "State:").endsWith("State:    OPEN"));
            console.write("shutdown\n");
            console.flush();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the console's shutdown stops the server");
        } finally {
            server.destroyForcibly();
        }
    }

    /** The first line of the output that holds {@code text}, waiting at most a minute. */
    private static String awaitLine(BlockingQueue<String> lines, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null;) {
            if (line.contains(text)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("no line with '" + text + "' within a minute; the server wrote:\n" + seen);
    }

    @Test
    void runsUntilStoppedAndLogsToARotatingFile() throws Exception {
        Process server = start(home);
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("Liaison server running.")) {
                break;
            }
        }
        assertTrue(seen.toString().contains("Liaison server running. Database: " + home.resolve("data")), seen.toString());
        checkSyncEndpoint(seen.toString());
        assertTrue(seen.toString().contains("org.eclipse.jetty.server.Server doStart"), "Jetty logs through java.util.logging: " + seen);
        assertTrue(seen.toString().matches("(?s).*First start: administrator account 'admin' created with the password [A-Za-z0-9]{20} .*"),
                seen.toString());
        server.destroy(); // SIGTERM, as a service manager stops it
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server stops when asked");
        String log = Files.readString(home.resolve("logs/liaison-server.0.log"));
        assertTrue(log.contains("Liaison server running; database at " + home.resolve("data")), log);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("created with the password ([A-Za-z0-9]{20})").matcher(seen);
        assertTrue(shown.find());
        assertFalse(log.contains(shown.group(1)), "the first administrator's password is shown once, never written to the log");
        assertTrue(Files.exists(home.resolve("data/liaison.mv.db")));
    }

    @Test
    void accountsAreAdministeredFromTheCommandLine() throws Exception {
        Process add = start(home, "--add-account", "anne", "staff");
        String added = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(add.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, add.exitValue(), added);
        assertTrue(added.matches("(?s).*Account anne \\(staff\\) created\\. Its password, shown only now: [A-Za-z0-9]{20}.*"), added);
        Process refused = start(home, "--add-account", "anne", "chief");
        String why = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(refused.waitFor(60, TimeUnit.SECONDS));
        assertEquals(4, refused.exitValue(), why);
        assertTrue(why.contains("unknown role 'chief'"), why);
        Process list = start(home, "--list-accounts");
        String listed = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(list.waitFor(60, TimeUnit.SECONDS));
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
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
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
            StringBuffer output = new StringBuffer();
            Thread reading = new Thread(() -> new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .lines().forEach(line -> output.append(line).append('\n')), "server output");
            reading.setDaemon(true);
            reading.start();
            boolean ended = server.waitFor(60, TimeUnit.SECONDS);
            reading.join(5_000);
            assertTrue(ended, "a server asked for a telnet console runs on:\n" + output);
            assertEquals(2, server.exitValue(), output.toString());
            assertTrue(output.toString().contains("no telnet console"), output.toString());
        } finally {
            server.destroyForcibly();
        }
    }
}
