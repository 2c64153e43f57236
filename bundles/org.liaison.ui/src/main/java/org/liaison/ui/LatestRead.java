package org.liaison.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * What a view reads in the background, the latest only: starting a read cancels the one under
 * way, and a result overtaken by a newer read is dropped, so that a slow read finishing late
 * never replaces what the person asked for since. Results are shown on the UI thread unless the
 * view was closed meanwhile; a failure is logged and said on a label, in the view's words.
 *
 * @since 1.1
 */
public final class LatestRead {

    private static final System.Logger LOG = System.getLogger(LatestRead.class.getName());

    private final String name;
    private final String failed;
    private int generation;
    private Job running;

    /**
     * @param name the job's name, shown in progress views
     * @param failed what the label says when a read fails
     */
    public LatestRead(String name, String failed) {
        this.name = name;
        this.failed = failed;
    }

    /** Reads with {@code read} in the background and gives the result to {@code show}. Call on the UI thread. */
    public <T> void start(Control owner, Label status, Supplier<T> read, Consumer<T> show) {
        cancel();
        int asked = generation;
        var display = owner.getDisplay();
        running = Job.create(name, (ICoreRunnable) monitor -> {
            try {
                T result = read.get();
                display.asyncExec(() -> {
                    if (asked == generation && !owner.isDisposed()) {
                        show.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, name + " failed", e);
                display.asyncExec(() -> {
                    if (asked == generation && !status.isDisposed()) {
                        status.setText(failed);
                    }
                });
            }
        });
        running.setSystem(true);
        running.schedule();
    }

    /** Cancels the read under way, if any; its result will not be shown. Call on the UI thread. */
    public void cancel() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }
}
