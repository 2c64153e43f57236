package org.liaison.contacts.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The X display the build gives these tests (DISPLAY, set in the pom), started with Xvfb when
 * nothing listens there yet, and what the tests do with real windows on it.
 */
final class UiTestDisplay {

    private static Process xvfb;

    private UiTestDisplay() {
    }

    static synchronized Display open() throws IOException, InterruptedException {
        String name = System.getenv("DISPLAY");
        if (name == null || !name.matches(":\\d+")) {
            throw new IllegalStateException("DISPLAY must name a local display such as :193, not " + name);
        }
        Path socket = Path.of("/tmp/.X11-unix/X" + name.substring(1));
        if (!Files.exists(socket) && xvfb == null) {
            xvfb = new ProcessBuilder("Xvfb", name, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
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
        return Display.getDefault();
    }

    /** Runs the event loop until {@code condition} holds; fails after 20 seconds. */
    static void until(Display display, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Lets the window paint, then saves what the screen shows of it. */
    static Path picture(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        long settle = System.nanoTime() + Duration.ofMillis(400).toNanos();
        until(display, () -> System.nanoTime() > settle, "the window to paint");
        Path folder = Path.of(System.getProperty("liaison.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }

    /** The first control under {@code parent} of {@code type} matching {@code test}, or an assertion error. */
    static <T extends Control> T find(Control parent, Class<T> type, java.util.function.Predicate<T> test, String what) {
        T found = search(parent, type, test);
        if (found == null) {
            throw new AssertionError("no " + what + " in " + parent);
        }
        return found;
    }

    private static <T extends Control> T search(Control control, Class<T> type, java.util.function.Predicate<T> test) {
        if (type.isInstance(control) && test.test(type.cast(control)) && control.isVisible()) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = search(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
