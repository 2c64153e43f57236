package org.liaison.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** An Xvfb display of its own for the tests, and a window manager on it when one is installed. */
final class VirtualDisplay implements AutoCloseable {

    private final Process server;
    private final String name;
    private Process windowManager;

    private VirtualDisplay(Process server, String name) {
        this.server = server;
        this.name = name;
    }

    static VirtualDisplay start() throws IOException, InterruptedException {
        for (int number = 90; number < 140; number++) {
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            if (Files.exists(socket) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            Process server = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && server.isAlive()) {
                if (Files.exists(socket)) {
                    return new VirtualDisplay(server, ":" + number);
                }
                Thread.sleep(50);
            }
            server.destroy();
        }
        throw new IOException("could not start Xvfb (is the xvfb package installed?)");
    }

    String name() {
        return name;
    }

    /**
     * Starts a window manager once a window is up (started earlier, some hang screenshot tools);
     * windows then get their frames, as on a desktop.
     */
    void decorateWindows() throws IOException {
        if (windowManager != null) {
            return;
        }
        Optional<Path> openbox = Optional.of(Path.of("/usr/bin/openbox")).filter(Files::isExecutable);
        if (openbox.isPresent()) {
            ProcessBuilder builder = new ProcessBuilder(openbox.get().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DISPLAY", name);
            windowManager = builder.start();
        }
    }

    @Override
    public void close() {
        if (windowManager != null) {
            windowManager.destroy();
        }
        server.destroy();
    }
}
