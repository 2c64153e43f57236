package org.liaison.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One start of the materialized desktop product in self-check mode. */
final class DesktopRun {

    static final Duration TIMEOUT = Duration.ofSeconds(120);

    final Path home;
    final Path report;
    final Path log;
    int exitCode;

    DesktopRun(Path home) {
        this.home = home;
        this.report = home.resolve("selfcheck");
        this.log = home.resolve("desktop.log");
    }

    static Path product() {
        Path product = Path.of(System.getProperty("liaison.desktop.product"));
        if (!Files.isDirectory(product.resolve("plugins"))) {
            throw new IllegalStateException("the desktop product is not materialized at " + product);
        }
        return product;
    }

    DesktopRun run(VirtualDisplay display) throws IOException, InterruptedException {
        Path product = product();
        Path launcher;
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dliaison.home=" + home, "-Dliaison.selfcheck=" + report, "-jar", launcher.toString(),
                "-data", home.resolve("workspace").toString(), "-clearPersistedState"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(product.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", display.name());
        Process process = builder.start();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(report.resolve("shown"))) {
                display.decorateWindows();
            }
            Thread.sleep(100);
        }
        if (!process.waitFor(1, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the desktop did not finish within " + TIMEOUT + "; log:\n" + Files.readString(log));
        }
        exitCode = process.exitValue();
        return this;
    }

    /** What the desktop wrote while it ran. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the desktop's log " + log + " cannot be read", e);
        }
    }

        Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        Path path = report.resolve(file);
        if (!Files.exists(path)) {
            throw new AssertionError(path + " was not written; log:\n" + Files.readString(log));
        }
        try (InputStream in = Files.newInputStream(path)) {
            properties.load(in);
        }
        return properties;
    }
}
