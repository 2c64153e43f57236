package org.liaison.store.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.liaison.core.events.Topics;
import org.liaison.core.i18n.Messages;
import org.liaison.store.AppliedMigration;
import org.liaison.store.StoreStatus;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The local database at a glance: where it is, its state, what waits to sync, its schema history. */
public class DatabasePart {

    private final StoreStatus status;
    private final Messages texts;
    private final DateTimeFormatter dates;
    private Label location;
    private Label state;
    private Label pending;
    private TableViewer migrations;

    @Inject
    public DatabasePart(@Service StoreStatus status, @Named(TranslationService.LOCALE) Object locale) {
        this.status = status;
        this.texts = StoreUiTexts.in(locale);
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault());
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(texts.get("overview.heading"));
        heading.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
        location = field(parent, "overview.location");
        state = field(parent, "overview.state");
        pending = field(parent, "overview.pending");

        Label history = new Label(parent, SWT.NONE);
        history.setText(texts.get("overview.migrations"));
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(history);
        migrations = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        migrations.getTable().setHeaderVisible(true);
        column("overview.owner", 150, m -> m.owner());
        column("overview.change", 80, m -> m.id());
        column("overview.appliedAt", 150, m -> dates.format(m.appliedAt()));
        migrations.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(migrations.getControl());
        refresh();
    }

    private Label field(Composite parent, String key) {
        new Label(parent, SWT.NONE).setText(texts.get(key) + ":");
        Label value = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(value);
        return value;
    }

    private void column(String key, int width, java.util.function.Function<AppliedMigration, String> text) {
        TableViewerColumn column = new TableViewerColumn(migrations, SWT.NONE);
        column.getColumn().setText(texts.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AppliedMigration) element);
            }
        });
    }

    @Inject
    @Optional
    void storeChanged(@UIEventTopic(Topics.STORE_ALL) Object event) {
        refresh();
    }

    /** F5, and after every change of the database: what the view shows, read again. */
    public void refresh() {
        if (location == null || location.isDisposed()) {
            return;
        }
        location.setText(status.location());
        state.setText(texts.get("state." + status.state().name()));
        pending.setText(Long.toString(status.pendingChanges()));
        migrations.setInput(status.migrations());
        location.getParent().layout(true, true);
    }
}
