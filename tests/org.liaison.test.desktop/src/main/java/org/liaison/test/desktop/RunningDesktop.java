package org.liaison.test.desktop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.liaison.test.support.VirtualDisplay;
import org.liaison.ui.FormErrors;
import org.liaison.ui.Screenshots;
import org.liaison.workbench.DemoData;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The real desktop application (Application.e4xmi, the life cycle, every area's fragment) started
 * in this process on its own UI thread, on an Xvfb display; the test drives it from its own thread
 * through the application model.
 */
public final class RunningDesktop {

    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Thread uiThread;
    private final AtomicReference<Throwable> failure;
    public final IWorkbench workbench;
    public final MApplication application;
    public final Display display;

    private RunningDesktop(Thread uiThread, IWorkbench workbench, AtomicReference<Throwable> failure) {
        this.uiThread = uiThread;
        this.failure = failure;
        this.workbench = workbench;
        this.application = workbench.getApplication();
        this.display = application.getContext().get(Display.class);
    }

    public static RunningDesktop start() throws Exception {
        VirtualDisplay.ensure(WIDTH, HEIGHT);
        ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(RunningDesktop.class).getBundleContext(),
                IWorkbench.class, null);
        tracker.open();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread ui = new Thread(() -> {
            try {
                new E4Application().start(new TestApplicationContext("-applicationXMI", "org.liaison.desktop/Application.e4xmi",
                        "-lifeCycleURI", "bundleclass://org.liaison.desktop/org.liaison.desktop.internal.LifeCycle",
                        "-clearPersistedState"));
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "desktop UI");
        ui.setDaemon(true);
        ui.start();
        IWorkbench workbench = tracker.waitForService(WAIT.toMillis());
        tracker.close();
        if (workbench == null) {
            throw new AssertionError("the desktop did not start within " + WAIT.toSeconds() + " s", failed.get());
        }
        RunningDesktop desktop = new RunningDesktop(ui, workbench, failed);
        desktop.until(() -> desktop.shell() != null && desktop.shell().isVisible(), "the main window to show");
        desktop.ui(() -> {
            desktop.shell().setBounds(0, 0, WIDTH, HEIGHT);
            return null;
        });
        return desktop;
    }

    public MWindow window() {
        return application.getChildren().get(0);
    }

    public Shell shell() {
        return (Shell) window().getWidget();
    }

    /** Runs {@code work} on the UI thread and gives back its result, or throws what it threw. */
    public <T> T ui(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        if (thrown.get() != null) {
            throw new AssertionError("on the UI thread: " + thrown.get(), thrown.get());
        }
        return result.get();
    }

    /** Waits until {@code condition}, checked on the UI thread, holds; fails after 20 seconds. */
    public void until(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Boolean.TRUE.equals(ui(condition::getAsBoolean))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    public ParameterizedCommand command(String id, Map<String, String> parameters) {
        ParameterizedCommand command = window().getContext().get(ECommandService.class).createCommand(id, parameters);
        if (command == null) {
            throw new AssertionError("no command " + id + " in the application model");
        }
        return command;
    }

    public boolean canExecute(String id, Map<String, String> parameters) {
        return ui(() -> window().getContext().get(EHandlerService.class).canExecute(command(id, parameters)));
    }

    /** Executes a command as a menu would, waiting for it to finish (for commands that open no dialog). */
    public void execute(String id, Map<String, String> parameters) {
        ui(() -> window().getContext().get(EHandlerService.class).executeHandler(command(id, parameters)));
    }

    /** Executes a command that opens a dialog, without waiting for the dialog to close. */
    public void executeLater(String id, Map<String, String> parameters) {
        display.asyncExec(() -> window().getContext().get(EHandlerService.class).executeHandler(command(id, parameters)));
    }

    /** The dialog open over the main window, once it shows. */
    public Shell dialog() throws InterruptedException {
        AtomicReference<Shell> found = new AtomicReference<>();
        until(() -> {
            for (Shell shell : display.getShells()) {
                if (shell != shell() && shell.isVisible() && shell.getParent() == shell()) {
                    found.set(shell);
                    return true;
                }
            }
            return false;
        }, "a dialog to open");
        return found.get();
    }

    /** Lets the window paint, then saves what the screen shows of {@code shell} under {@code name}.png. */
    public void picture(Shell shell, String name) throws Exception {
        Thread.sleep(600);
        ui(() -> {
            while (display.readAndDispatch()) {
                // paint what is pending
            }
            Screenshots.save(shell, Path.of(System.getProperty("liaison.screenshots", "target/screenshots"), name + ".png"));
            return null;
        });
    }

    /** Shows the view {@code partId}, activated, and gives back its object. */
    public <T> T view(String partId, Class<T> type) {
        return ui(() -> {
            EPartService parts = window().getContext().get(EPartService.class);
            MPart part = parts.showPart(partId, EPartService.PartState.ACTIVATE);
            return type.cast(part.getObject());
        });
    }

    /** The visible table of the window whose first column is headed {@code heading}, or {@code null}. */
    public Table table(String heading) {
        return ui(() -> find(shell(), Table.class, t -> t.getColumnCount() > 0 && t.getColumn(0).getText().equals(heading)));
    }

    /** Chooses {@code rows} of {@code table} as a click would, telling its listeners. */
    public void choose(Table table, int... rows) {
        ui(() -> {
            table.setFocus();
            table.setSelection(rows);
            table.notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    /** Presses the button labelled {@code label} (mnemonics aside) in {@code dialog}. */
    public void press(Shell dialog, String label) {
        ui(() -> {
            Button button = find(dialog, Button.class, b -> b.getText().replace("&", "").equals(label));
            if (button == null) {
                throw new AssertionError("no button " + label);
            }
            button.notifyListeners(SWT.Selection, new Event());
            return null;
        });
    }

    /** Types {@code text} into the field of {@code dialog} whose problems are reported under {@code field}. */
    public void type(Shell dialog, String field, String text) {
        ui(() -> {
            Text control = find(dialog, Text.class, t -> field.equals(t.getData(FormErrors.FIELD)));
            if (control == null) {
                throw new AssertionError("no field " + field);
            }
            control.setText(text);
            return null;
        });
    }

    /** Loads every area's demo records into the store now open, in rank order, as a new demo folder does. */
    public static void loadDemoNetwork() throws InvalidSyntaxException {
        BundleContext context = FrameworkUtil.getBundle(RunningDesktop.class).getBundleContext();
        context.getServiceReferences(DemoData.class, null).stream().map(context::getService)
                .sorted(Comparator.comparingInt(DemoData::rank)).forEach(DemoData::load);
    }

    /** The first control under {@code parent} of {@code type} passing {@code test}, on the UI thread; null when none. */
    public static <T extends Control> T find(Control parent, Class<T> type, java.util.function.Predicate<T> test) {
        if (type.isInstance(parent) && parent.isVisible() && test.test(type.cast(parent))) {
            return type.cast(parent);
        }
        if (parent instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public void close() throws InterruptedException {
        ui(() -> workbench.close());
        uiThread.join(Duration.ofSeconds(30).toMillis());
        if (failure.get() != null) {
            throw new AssertionError("the desktop failed", failure.get());
        }
    }
}
