package org.liaison.desktop.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.liaison.core.events.Topics;
import org.liaison.core.i18n.Messages;
import org.liaison.store.StoreStatus;
import org.liaison.sync.SyncService;
import org.liaison.sync.SyncStatus;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The line at the bottom of the window: where the database is, what waits to sync, sync state. */
public class StatusLine {

    private static final int REFRESH_MILLIS = 5_000;

    private final StoreStatus status;
    private final Messages texts;
    private Label label;
    private final Runnable refresher = this::refreshAndReschedule;
    private final DateTimeFormatter times;

    /** Absent when the desktop is installed without sync. */
    @Inject
    @Optional
    @Service
    private SyncService sync;

    @Inject
    public StatusLine(StoreStatus status, @Named(TranslationService.LOCALE) Object locale) {
        this.status = status;
        this.texts = DesktopTexts.in(locale);
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale()).withZone(ZoneId.systemDefault());
    }

    @PostConstruct
    void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        box.setLayout(layout);
        label = new Label(box, SWT.NONE);
        label.setData(SelfCheck.STATUS_LINE_KEY, Boolean.TRUE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        refresh();
        label.getDisplay().timerExec(REFRESH_MILLIS, refresher);
    }

    @Inject
    @Optional
    void storeChanged(@UIEventTopic(Topics.STORE_ALL) Object event) {
        refresh();
    }

    @Inject
    @Optional
    void syncChanged(@UIEventTopic(Topics.SYNC_STATUS) Object event) {
        refresh();
    }

    private void refreshAndReschedule() {
        if (label != null && !label.isDisposed()) {
            refresh();
            label.getDisplay().timerExec(REFRESH_MILLIS, refresher);
        }
    }

    private void refresh() {
        if (label == null || label.isDisposed()) {
            return;
        }
        String database = status.state() == StoreStatus.State.FAILED
                ? texts.get("status.failed", status.failure().map(Throwable::getMessage).orElse(""))
                : texts.get("status.database", status.location());
        label.setText(database + "   \u00b7   " + texts.get("status.pending", status.pendingChanges()) + "   \u00b7   "
                + syncState());
        // the trim bar must grow with the text: lay out every ancestor up to the window
        label.getShell().layout(new Control[] { label }, SWT.DEFER);
    }

    private String syncState() {
        SyncService service = sync;
        SyncStatus state = service == null ? null : service.status();
        if (state == null || state.server().isEmpty()) {
            return texts.get("status.sync");
        }
        String host = state.server().get().getHost();
        if (state.running()) {
            return state.received() > 0 ? texts.get("status.sync.receiving", host, state.received())
                    : texts.get("status.sync.running", host);
        }
        if (state.signInNeeded()) {
            return texts.get("status.sync.signIn", host);
        }
        if (state.problem().isPresent()) {
            return texts.get("status.sync.problem", host); // the Sync tab says why, in the reader's language
        }
        return state.lastSync().map(t -> texts.get("status.sync.done", host, times.format(t)))
                .orElseGet(() -> texts.get("status.sync.never", host));
    }

    @PreDestroy
    void dispose() {
        if (label != null && !label.isDisposed()) {
            label.getDisplay().timerExec(-1, refresher);
        }
    }
}
