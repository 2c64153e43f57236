package org.liaison.test.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A second Equinox in a process of its own, with the bundles of this test runtime (copied from
 * its configuration) all started and no application: the product's components run as they do in
 * the desktop or the server, on the data folder of {@code liaison.home}. It can be killed with
 * SIGKILL, as a crash or {@code kill -9} would.
 */
public final class SecondRuntime implements AutoCloseable {

    private final Process process;
    private final Path log;

    private SecondRuntime(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts it in {@code folder} with the Java {@code properties} given, leaving out the test
     * harness and {@code testBundle}, the symbolic name of the test bundle that starts it.
     */
    public static SecondRuntime start(String testBundle, Path folder, String... properties) throws IOException {
        Path parentConfiguration = Path.of(java.net.URI.create(System.getProperty("osgi.configuration.area")))
                .resolve("config.ini");
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(parentConfiguration)) {
            config.load(in);
        }
        List<String> bundles = new ArrayList<>();
        for (String bundle : config.getProperty("osgi.bundles").split(",")) {
            if (bundle.contains("tycho.surefire") || bundle.matches(".*[/\\\\]" + java.util.regex.Pattern.quote(testBundle) + "([/_@].*)?")) {
                continue; // the test harness and this test bundle
            }
            bundles.add(bundle.contains("@") ? bundle : bundle + "@start");
        }
        config.setProperty("osgi.bundles", String.join(",", bundles));
        config.setProperty("eclipse.ignoreApp", "true");
        config.setProperty("osgi.noShutdown", "true");
        Path configuration = Files.createDirectories(folder.resolve("configuration"));
        try (OutputStream out = Files.newOutputStream(configuration.resolve("config.ini"))) {
            config.store(out, null);
        }
        String framework = Path.of(java.net.URI.create(config.getProperty("osgi.framework"))).toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", framework, "org.eclipse.core.runtime.adaptor.EclipseStarter", "-configuration",
                configuration.toString(), "-data", folder.resolve("workspace").toString(), "-consoleLog"));
        Path log = folder.resolve("output.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new SecondRuntime(process, log);
    }

    /** SIGKILL: the process ends at once, nothing of it runs any more. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
