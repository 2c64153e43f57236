package org.liaison.sync.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liaison.test.support.ProcessOutput;

/**
 * The materialized server product, started by its own script in a process of its own with a new
 * home folder, as an administrator starts it, on a free loopback port.
 */
final class ServerProduct implements AutoCloseable {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Process process;
    private final ProcessOutput output;
    private final Writer console;
    final URI address;
    final String fingerprint;
    /** The first administrator's password, printed once at the first start. */
    final String adminPassword;

    private ServerProduct(Process process, ProcessOutput output) throws InterruptedException {
        this.process = process;
        this.output = output;
        this.console = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        output.awaitLine("Liaison server running.", MINUTE);
        String started = output.text();
        address = URI.create(found(started, "Sync endpoint: (https://127\\.0\\.0\\.1:\\d+)"));
        fingerprint = found(started, "fingerprint .*: ([0-9A-F:]{95})");
        adminPassword = found(started, "administrator account 'admin' created with the password ([A-Za-z0-9]{20})");
    }

    static ServerProduct start(Path home) throws IOException, InterruptedException {
        Path product = Path.of(System.getProperty("liaison.server.product"));
        Path configuration = Files.createDirectories(home.resolve("configuration"));
        Files.copy(product.resolve("configuration/config.ini"), configuration.resolve("config.ini")); // the product stays as built
        ProcessBuilder script = new ProcessBuilder(product.resolve("liaison-server").toString(), "-configuration",
                configuration.toString()).redirectErrorStream(true);
        script.environment().put("LIAISON_HOME", home.toString());
        script.environment().put("LIAISON_JAVA_OPTS", "-Dliaison.sync.port=0");
        script.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = script.start();
        try {
            return new ServerProduct(process, ProcessOutput.of(process));
        } catch (AssertionError | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Adds an account through the server's console, as its administrator would; gives back its password. */
    String addAccount(String name, String role) throws IOException, InterruptedException {
        console.write("liaison:addAccount " + name + " " + role + "\n");
        console.flush();
        return found(output.awaitLine("Account " + name + " (" + role + ") created", MINUTE), "shown only now: ([A-Za-z0-9]{20})");
    }

    private String found(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("the server did not print /" + pattern + "/; it wrote:\n" + output.text());
        }
        return matcher.group(1);
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM, as a service manager stops it; its output is read to the end
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
