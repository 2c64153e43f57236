package org.liaison.desktop.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.liaison.ui.Screenshots;

/**
 * When started with {@code -Dliaison.selfcheck=FOLDER}, reports what the first window shows
 * ({@code startup.properties}: time from launch, title, menus, parts, areas, Today cards and when they
 * were first filled, status line, language, rows of the largest table and heap in use after a garbage
 * collection), saves a
 * picture of it ({@code window.png}) and closes Liaison. A file {@code shown} appears as soon as
 * the window is up. Used by the smoke test and the startup
 * benchmark on the real product.
 */
final class SelfCheck {

    static final String PROPERTY = "liaison.selfcheck";
    /** The area to show before the report (desktop-heap shows Contacts, with its list filled). */
    static final String AREA_PROPERTY = "liaison.selfcheck.area";
    static final String STATUS_LINE_KEY = "org.liaison.desktop.statusline";
    static final int PICTURE_DELAY_MILLIS = 3000;

    private SelfCheck() {
    }

    static void armIfRequested(IEclipseContext context, IEventBroker broker) {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || folder.isBlank()) {
            return;
        }
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
            long startupMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            try {
                // tells a watching test that the window is up (it may start a window manager now)
                Files.createDirectories(Path.of(folder));
                Files.writeString(Path.of(folder, "shown"), Long.toString(startupMillis));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the self-check report to " + folder, e);
            }
            // fill the screen, and give the window a moment to paint (and be decorated) before it is pictured
            MApplication application = context.get(MApplication.class);
            ((Shell) application.getChildren().get(0).getWidget()).setMaximized(true);
            String area = System.getProperty(AREA_PROPERTY);
            if (area != null && context.get(EModelService.class).find(area, application) instanceof MPerspective shown) {
                application.getChildren().get(0).getContext().get(EPartService.class).switchPerspective(shown);
            }
            Display.getCurrent().timerExec(PICTURE_DELAY_MILLIS, () -> report(context, Path.of(folder), startupMillis));
        });
    }

    private static void report(IEclipseContext context, Path folder, long startupMillis) {
        MApplication application = context.get(MApplication.class);
        Shell shell = (Shell) application.getChildren().get(0).getWidget();
        Properties report = new Properties();
        report.setProperty("startup.millis", Long.toString(startupMillis));
        report.setProperty("locale", String.valueOf(context.get(TranslationService.LOCALE)));
        report.setProperty("window.title", shell.getText());
        List<String> menus = new ArrayList<>();
        for (MenuItem item : shell.getMenuBar().getItems()) {
            menus.add(item.getText().replace("&", ""));
        }
        report.setProperty("menus", String.join("|", menus));
        report.setProperty("status", statusLine(shell));
        List<String> parts = new ArrayList<>();
        collectTabs(shell, parts);
        report.setProperty("parts", String.join("|", parts));
        report.setProperty("table.rows", Integer.toString(largestTable(shell)));
        List<String> areas = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        collectAreasAndCards(shell, areas, cards);
        report.setProperty("areas", String.join("|", areas));
        report.setProperty("today.cards", String.join("|", cards));
        report.setProperty("today.millis", System.getProperty(TodayPart.FILLED_PROPERTY, ""));
        report.setProperty("heap.used.mb", Long.toString(heapAfterCollection() / (1024 * 1024)));
        try {
            Files.createDirectories(folder);
            Screenshots.save(shell, folder.resolve("window.png"));
            try (OutputStream out = Files.newOutputStream(folder.resolve("startup.properties"))) {
                report.store(out, "Liaison desktop self-check");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the self-check report to " + folder, e);
        } finally {
            context.get(IWorkbench.class).close();
        }
    }

    /**
     * In self-check mode, pictures and records the error dialog about to open, then closes it, so
     * that a test can see what a person would have been told.
     */
    static void watchErrorDialog(String title) {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || folder.isBlank()) {
            return;
        }
        Display display = Display.getDefault();
        display.timerExec(PICTURE_DELAY_MILLIS, () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    Properties report = new Properties();
                    report.setProperty("dialog.title", shell.getText());
                    report.setProperty("dialog.text", texts(shell));
                    try {
                        Files.createDirectories(Path.of(folder));
                        Screenshots.save(shell, Path.of(folder, "dialog.png"));
                        try (OutputStream out = Files.newOutputStream(Path.of(folder, "dialog.properties"))) {
                            report.store(out, "Liaison desktop self-check: error dialog");
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the self-check report to " + folder, e);
                    } finally {
                        shell.close();
                    }
                }
            }
        });
    }

    private static String texts(Composite parent) {
        StringBuilder all = new StringBuilder();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                all.append(label.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                all.append(texts(composite));
            }
        }
        return all.toString();
    }

    /** The titles of the parts shown, left to right. */
    private static void collectTabs(Composite parent, List<String> titles) {
        for (Control child : parent.getChildren()) {
            if (child instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    titles.add(item.getText());
                }
            } else if (child instanceof Composite composite) {
                collectTabs(composite, titles);
            }
        }
    }

    /** The areas the navigator lists (their names, without the counts) and the titles of the Today cards shown. */
    private static void collectAreasAndCards(Composite parent, List<String> areas, List<String> cards) {
        for (Control child : parent.getChildren()) {
            if (child.getData(TodayPart.CARD_KEY) instanceof String title) {
                cards.add(title);
            }
            if (child instanceof Table table) {
                for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                    if (item.getData(AreaNavigator.AREA_KEY) != null) {
                        areas.add(item.getText().replaceFirst("  [\\d,.\\u00a0\\u202f]+$", ""));
                    }
                }
            }
            if (child instanceof Composite composite) {
                collectAreasAndCards(composite, areas, cards);
            }
        }
    }

    /** The most rows any table of the window holds (a virtual table counts the rows it can show). */
    private static int largestTable(Composite parent) {
        int largest = 0;
        for (Control child : parent.getChildren()) {
            if (child instanceof Table table) {
                largest = Math.max(largest, table.getItemCount());
            } else if (child instanceof Composite composite) {
                largest = Math.max(largest, largestTable(composite));
            }
        }
        return largest;
    }

    /** The heap the desktop keeps: measured after collecting garbage, as a person's machine would settle to. */
    private static long heapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String statusLine(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && label.getData(STATUS_LINE_KEY) != null) {
                return label.getText();
            }
            if (child instanceof Composite composite) {
                String found = statusLine(composite);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
