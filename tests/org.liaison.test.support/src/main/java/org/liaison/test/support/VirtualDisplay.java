package org.liaison.test.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The X display the build chose for a UI test (DISPLAY, the first free one), started with Xvfb when
 * nothing listens there yet, and stopped when the test's process ends.
 */
public final class VirtualDisplay {

    private static Process xvfb;

    private VirtualDisplay() {
    }

    /** Makes sure DISPLAY is served, by a screen of {@code width} x {@code height} when this starts it. */
    public static synchronized void ensure(int width, int height) throws IOException, InterruptedException {
        String name = System.getenv("DISPLAY");
        if (name == null || !name.matches(":\\d+")) {
            throw new IllegalStateException("DISPLAY must name a local display such as :193, not " + name);
        }
        Path socket = Path.of("/tmp/.X11-unix/X" + name.substring(1));
        if (Files.exists(socket) || xvfb != null) {
            return;
        }
        xvfb = new ProcessBuilder("Xvfb", name, "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroy));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(socket) && xvfb.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (!Files.exists(socket)) {
            throw new IOException("Xvfb did not start on " + name + " (is the xvfb package installed?)");
        }
    }
}
