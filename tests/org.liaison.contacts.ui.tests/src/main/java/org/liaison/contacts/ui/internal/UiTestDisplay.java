package org.liaison.contacts.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.liaison.test.support.VirtualDisplay;
import org.liaison.ui.Screenshots;

/**
 * The X display the build chose for these tests (DISPLAY, the first free one), started with Xvfb
 * when nothing listens there yet, and what the tests do with real windows on it.
 */
final class UiTestDisplay {

    private UiTestDisplay() {
    }

    static Display open() throws IOException, InterruptedException {
        VirtualDisplay.ensure(1280, 800);
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

    /**
     * Closes the first shell {@code which} picks as soon as it opens, looking every 100 ms for up to a
     * minute: a message shown at the end of work done in the background (an import) opens whenever the
     * work ends, and a modal message left open would hold the test run until its fork times out.
     */
    static void closeWhenOpen(Display display, java.util.function.Predicate<Shell> which) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            for (Shell open : display.getShells()) {
                if (!open.isDisposed() && which.test(open)) {
                    open.close();
                    return;
                }
            }
            if (System.nanoTime() < deadline) {
                display.timerExec(100, look[0]);
            }
        };
        display.timerExec(100, look[0]);
    }

    /** Lets the window paint, then saves what the screen shows of it. */
    static Path picture(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        long settle = System.nanoTime() + Duration.ofMillis(400).toNanos();
        until(display, () -> System.nanoTime() > settle, "the window to paint");
        return Screenshots.save(shell, Path.of(System.getProperty("liaison.screenshots", "target/screenshots"), name + ".png"));
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
