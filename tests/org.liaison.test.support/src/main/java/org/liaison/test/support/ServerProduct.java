package org.liaison.test.support;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The materialized server product (its path in the {@code liaison.server.product} system
 * property), started by its own script in a process of its own, as an administrator starts it, on
 * a free loopback port; its home folder keeps the database from one start to the next.
 */
public final class ServerProduct implements AutoCloseable {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Process process;
    private final ProcessOutput output;
    private final Writer console;
    public final URI address;
    public final String fingerprint;
    /** The first administrator's password, printed at the first start only; null on later starts. */
    public final String adminPassword;

    private ServerProduct(Process process, ProcessOutput output) throws InterruptedException {
        this.process = process;
        this.output = output;
        this.console = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        output.awaitLine("Liaison server running.", MINUTE);
        String started = output.text();
        address = URI.create(found(started, "Sync endpoint: (https://127\\.0\\.0\\.1:\\d+)"));
        fingerprint = found(started, "fingerprint .*: ([0-9A-F:]{95})");
        Matcher admin = Pattern.compile("administrator account 'admin' created with the password ([A-Za-z0-9]{20})").matcher(started);
        adminPassword = admin.find() ? admin.group(1) : null;
    }

    /** Starts the server on a free port. */
    public static ServerProduct start(Path home) throws IOException, InterruptedException {
        return start(home, 0, 0);
    }

    /**
     * Starts the server. Its first start in {@code home} fixes its port ({@code 0}: a free one);
     * with {@code fileSizeLimitKb} above 0, no file it writes may grow past that size
     * ({@code ulimit -f}): its writes then fail as on a full disk.
     */
    public static ServerProduct start(Path home, int port, long fileSizeLimitKb) throws IOException, InterruptedException {
        Path product = Path.of(System.getProperty("liaison.server.product"));
        Path configuration = Files.createDirectories(home.resolve("configuration"));
        Files.copy(product.resolve("configuration/config.ini"), configuration.resolve("config.ini"), // the product stays as built
                StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>();
        if (fileSizeLimitKb > 0) {
            command.addAll(List.of("sh", "-c", "ulimit -f " + fileSizeLimitKb + " && exec \"$0\" \"$@\""));
        }
        command.addAll(List.of(product.resolve("liaison-server").toString(), "-configuration", configuration.toString()));
        ProcessBuilder script = new ProcessBuilder(command).redirectErrorStream(true);
        script.environment().put("LIAISON_HOME", home.toString());
        script.environment().put("LIAISON_JAVA_OPTS", "-Dliaison.sync.port=" + port);
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
    public String addAccount(String name, String role) throws IOException, InterruptedException {
        return found(console("liaison:addAccount " + name + " " + role, "Account " + name + " (" + role + ") created"),
                "shown only now: ([A-Za-z0-9]{20})");
    }

    /** Types {@code command} into the server's console; gives back the first line after it holding {@code expected}. */
    public String console(String command, String expected) throws IOException, InterruptedException {
        console.write(command + "\n");
        console.flush();
        return awaitLine(expected);
    }

    /** The next line the server prints holding {@code expected}, within a minute. */
    public String awaitLine(String expected) throws InterruptedException {
        return output.awaitLine(expected, MINUTE);
    }

    /** {@code text} with the passwords the server prints once (the first administrator's, a new account's) masked. */
    public static String withoutPasswords(String text) {
        return text.replaceAll("(password|shown only now:) [A-Za-z0-9]{20}", "$1 ********");
    }

    /** Everything the server printed so far. */
    public String output() {
        return output.text();
    }

    /** Ends the server at once, as a power cut or {@code kill -9} does: no shutdown of any kind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private String found(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("the server did not print /" + pattern + "/; it wrote:\n" + withoutPasswords(output.text()));
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
