package org.liaison.sync.ui.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.events.Topics;
import org.liaison.core.i18n.Messages;
import org.liaison.sync.SyncException;
import org.liaison.sync.SyncReport;
import org.liaison.sync.SyncService;
import org.liaison.ui.Dialogs;
import org.liaison.workbench.RecordLabels;
import org.liaison.sync.SyncStatus;
import org.liaison.sync.protocol.ConflictList.Conflict;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sync with the organisation's server: the first connection (work alone, or connect after
 * comparing the certificate's fingerprint), where sync stands, sync now, and the conflicts with
 * their losing values, which can be put back. Network calls run off the UI thread.
 */
public class SyncPart {

    private final SyncService sync;
    private final ESelectionService selection;
    private final EMenuService menus;
    private final Messages texts;
    private final DateTimeFormatter dates;
    private Composite body;
    private Label message;
    /** The conflicts last fetched: the part is rebuilt after each background sync and shows them again. */
    private List<ShownConflict> conflicts = List.of();
    /** What the areas say of their records, for the conflicts' rows. */
    private volatile List<RecordLabels> labels = List.of();
    /** The conflict chosen in the list, chosen again when a sync in the background rebuilds the part. */
    private Conflict chosen;

    @Inject
    public SyncPart(@Service SyncService sync, ESelectionService selection, EMenuService menus,
            @Named(TranslationService.LOCALE) Object locale) {
        this.sync = sync;
        this.selection = selection;
        this.menus = menus;
        this.texts = SyncUiTexts.in(locale);
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault());
    }

    @Inject
    @Optional
    void labels(@Service List<RecordLabels> areas) {
        labels = List.copyOf(areas);
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        body = new Composite(scroll, SWT.NONE);
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        show();
    }

    /**
     * After a sync in the background: the status shown follows (the connection form is left as
     * typed). While this part waits for a sync it started, its message tells how much has come.
     */
    @Inject
    @Optional
    void syncChanged(@UIEventTopic(Topics.SYNC_STATUS) Object event) {
        if (body == null || body.isDisposed()) {
            return;
        }
        SyncStatus status = sync.status();
        if (body.isEnabled() && status.server().isPresent()) {
            show();
        } else if (!body.isEnabled() && status.received() > 0) {
            message.setText(receiving(status));
            body.layout(true, true);
        }
    }

    private String receiving(SyncStatus status) {
        return texts.get("receiving", status.received());
    }

    /** Rebuilds the part for the current state: the connection form, or the status and the conflicts. */
    private void show() {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(body);
        Label heading = new Label(body, SWT.WRAP);
        heading.setText(texts.get("heading"));
        heading.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(120, SWT.DEFAULT).applyTo(heading);
        SyncStatus status = sync.status();
        if (status.server().isEmpty()) {
            connectForm();
        } else {
            statusView(status);
        }
        message = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(120, SWT.DEFAULT).applyTo(message);
        body.layout(true, true);
        ScrolledComposite scroll = (ScrolledComposite) body.getParent();
        int width = scroll.getClientArea().width;
        scroll.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    private void connectForm() {
        wrapped(texts.get("alone"));
        Text server = field("server", SWT.BORDER);
        server.setMessage("https://liaison.example.org:8443");
        Button check = new Button(body, SWT.PUSH);
        check.setText(texts.get("check"));
        GridDataFactory.swtDefaults().span(2, 1).applyTo(check);
        Text fingerprint = field("fingerprint", SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        wrapped(texts.get("fingerprint.hint"));
        Button confirmed = checkbox(texts.get("fingerprint.confirm"));
        confirmed.setEnabled(false);
        Text account = field("account", SWT.BORDER);
        Text password = field("password", SWT.BORDER | SWT.PASSWORD);
        Text device = field("device", SWT.BORDER);
        device.setText(hostName());
        Button connect = new Button(body, SWT.PUSH);
        connect.setText(texts.get("connect"));
        GridDataFactory.swtDefaults().span(2, 1).applyTo(connect);

        check.addListener(SWT.Selection, e -> {
            URI address = address(server.getText());
            if (address == null) {
                return;
            }
            fingerprint.setText("");
            confirmed.setSelection(false);
            confirmed.setEnabled(false);
            inBackground(texts.get("checking"), () -> sync.fingerprintOf(address), seen -> {
                fingerprint.setText(seen);
                confirmed.setEnabled(true);
                message.setText("");
                body.layout(true, true);
            });
        });
        connect.addListener(SWT.Selection, e -> {
            URI address = address(server.getText());
            if (address == null) {
                return;
            }
            if (!confirmed.getSelection() || fingerprint.getText().isBlank()) {
                problem(texts.get("error.fingerprint"));
                return;
            }
            if (account.getText().isBlank() || password.getText().isEmpty()) {
                problem(texts.get("error.account"));
                return;
            }
            String print = fingerprint.getText();
            String name = account.getText().strip();
            char[] secret = password.getText().toCharArray();
            String computer = device.getText().isBlank() ? hostName() : device.getText().strip();
            password.setText("");
            inBackground(texts.get("connecting"), () -> {
                sync.connect(address, print, name, secret, computer);
                return sync.syncNow();
            }, report -> show());
        });
    }

    private void statusView(SyncStatus status) {
        wrapped(texts.get("connected", status.server().orElseThrow(), status.account()));
        value("lastSync", status.lastSync().map(dates::format).orElse(texts.get("never")));
        value("pending", Long.toString(status.pending()));
        status.problem().ifPresent(p -> value("problem", texts.get("failure." + p.kind().name(), p.detail())));
        // said for a month: long enough to be read, not for ever
        status.newDevice().filter(at -> at.isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(30))))
                .ifPresent(at -> wrapped(texts.get("newDevice", dates.format(at))));
        if (status.running() && status.received() > 0) {
            wrapped(receiving(status));
        }
        if (status.signInNeeded()) {
            wrapped(texts.get("signInNeeded"));
        }
        Composite buttons = buttonRow();
        Button now = button(buttons, "syncNow");
        now.setEnabled(!status.signInNeeded());
        now.addListener(SWT.Selection, e -> syncNow());
        button(buttons, "signIn").addListener(SWT.Selection, e -> signIn());
        button(buttons, "disconnect").addListener(SWT.Selection, e -> workAlone());
        conflictsView(status.signInNeeded());
    }

    /** Sync now (the command, or the button): in the background, the part saying how it went. */
    public void syncNow() {
        inBackground(texts.get("syncing"), sync::syncNow, report -> {
            show();
            message.setText(texts.get("synced", report.pushed(), report.pulled(), report.conflicts()));
        });
    }

    /** Work alone: this desktop leaves the server, after the person confirms it. */
    public void workAlone() {
        sync.status().server().ifPresent(server -> {
            if (Dialogs.confirm(body.getShell(), texts.locale(), texts.get("disconnect"), texts.get("disconnect.confirm", server))) {
                sync.disconnect();
                show();
            }
        });
    }

    /** F5: the conflicts fetched again from the server. */
    public void refreshConflicts() {
        if (sync.status().server().isEmpty() || sync.status().signInNeeded()) {
            return;
        }
        List<RecordLabels> areas = labels;
        inBackground(texts.get("syncing"), () -> sync.conflicts(0).stream()
                .map(c -> ShownConflict.of(c, areas, texts.locale())).toList(), (List<ShownConflict> list) -> {
            conflicts = list;
            chosen = null;
            show();
            message.setText(list.isEmpty() ? texts.get("conflicts.none") : "");
        });
    }

    /** Puts back the losing value of a conflict, as a new edit that reaches every desktop. */
    public void restore(Conflict chosen) {
        try {
            sync.restore(chosen);
            message.setText(texts.get("restored"));
        } catch (RuntimeException ex) {
            problem(failure(ex));
        }
        body.layout(true, true);
    }

    private void conflictsView(boolean signInNeeded) {
        Label title = new Label(body, SWT.WRAP);
        title.setText(texts.get("conflicts"));
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(120, SWT.DEFAULT).indent(0, 10).applyTo(title);
        TableViewer table = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        column(table, "column.kind", 100, ShownConflict::kind);
        column(table, "column.record", 130, ShownConflict::record);
        column(table, "column.field", 110, ShownConflict::field);
        column(table, "column.kept", 140, c -> Objects.toString(c.conflict().keptValue(), ""));
        column(table, "column.keptBy", 90, c -> c.conflict().keptBy());
        column(table, "column.lost", 140, c -> Objects.toString(c.conflict().lostValue(), ""));
        column(table, "column.lostBy", 90, c -> c.conflict().lostBy());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(conflicts);
        menus.registerContextMenu(table.getControl(), SyncViews.RESTORE_MENU);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(120, 180).applyTo(table.getControl());
        Composite buttons = buttonRow();
        Button refresh = button(buttons, "conflicts.refresh");
        refresh.setEnabled(!signInNeeded);
        Button restore = button(buttons, "restore");
        restore.setEnabled(false);
        table.addSelectionChangedListener(e -> {
            restore.setEnabled(!e.getSelection().isEmpty());
            ShownConflict row = (ShownConflict) ((IStructuredSelection) e.getSelection()).getFirstElement();
            chosen = row == null ? null : row.conflict();
            selection.setSelection(chosen);
        });
        conflicts.stream().filter(c -> c.conflict().equals(chosen)).findFirst()
                .ifPresent(row -> table.setSelection(new StructuredSelection(row), true));
        refresh.addListener(SWT.Selection, e -> refreshConflicts());
        restore.addListener(SWT.Selection, e -> restore(((ShownConflict) ((IStructuredSelection) table.getSelection()).getFirstElement())
                .conflict()));
    }

    /** Sign in again: asks for the password, then syncs. */
    public void signIn() {
        char[] secret = Dialogs.askSecret(body.getShell(), texts.locale(), texts.get("signIn"), texts.get("password"));
        if (secret != null) {
            inBackground(texts.get("connecting"), () -> {
                sync.signIn(secret);
                return sync.syncNow();
            }, (SyncReport report) -> show());
        }
    }

    /** Runs {@code work} on its own thread, then {@code done} on the UI thread; a failure is shown in the part. */
    private <T> void inBackground(String doing, Supplier<T> work, Consumer<T> done) {
        message.setText(doing);
        body.setEnabled(false);
        Display display = body.getDisplay();
        Thread thread = new Thread(() -> {
            try {
                T result = work.get();
                display.asyncExec(() -> {
                    if (!body.isDisposed()) {
                        body.setEnabled(true);
                        done.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                display.asyncExec(() -> {
                    if (!body.isDisposed()) {
                        body.setEnabled(true);
                        if (sync.status().server().isPresent()) {
                            show(); // the status shows the problem too; a connection form keeps what was typed
                        }
                        problem(failure(e));
                    }
                });
            }
        }, "liaison-sync-ui");
        thread.setDaemon(true);
        thread.start();
    }

    private URI address(String typed) {
        try {
            URI uri = URI.create(typed.strip());
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // answered below, beside the field
        }
        problem(texts.get("error.server"));
        return null;
    }

    private void problem(String text) {
        message.setText(text);
        message.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        body.layout(true, true);
    }

    private Text field(String key, int style) {
        new Label(body, SWT.NONE).setText(texts.get(key) + ":");
        Text text = new Text(body, style);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, (style & SWT.MULTI) != 0 ? 3 * text.getLineHeight() : SWT.DEFAULT)
                .applyTo(text);
        return text;
    }

    /** A row of buttons that wraps when the part is narrow (French labels are longer). */
    private Composite buttonRow() {
        Composite buttons = new Composite(body, SWT.NONE);
        RowLayoutFactory.fillDefaults().wrap(true).spacing(6).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(120, SWT.DEFAULT).applyTo(buttons);
        return buttons;
    }

    private void value(String key, String text) {
        new Label(body, SWT.NONE).setText(texts.get(key) + ":");
        Label value = new Label(body, SWT.WRAP);
        value.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(value);
    }

    private void wrapped(String text) {
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(120, SWT.DEFAULT).applyTo(label);
    }

    /** A check box whose text wraps in a narrow part (a check box's own text does not). */
    private Button checkbox(String text) {
        Composite row = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
        Button box = new Button(row, SWT.CHECK);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(box);
        Label label = new Label(row, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(label);
        label.addListener(SWT.MouseDown, e -> {
            if (box.isEnabled()) {
                box.setSelection(!box.getSelection());
            }
        });
        return box;
    }

    /** What went wrong, in the application's language, with the server's own words after it. */
    private String failure(RuntimeException e) {
        return e instanceof SyncException sync ? texts.get("failure." + sync.kind().name(), e.getMessage()) : e.getMessage();
    }

    private Button button(Composite parent, String key) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(texts.get(key));
        return button;
    }

    private void column(TableViewer table, String key, int width, Function<ShownConflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(texts.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ShownConflict) element);
            }
        });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "desktop";
        }
    }
}
