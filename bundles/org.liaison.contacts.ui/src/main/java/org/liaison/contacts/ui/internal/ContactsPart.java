package org.liaison.contacts.ui.internal;

import java.util.Arrays;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.events.Topics;
import org.liaison.core.i18n.Messages;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every contact in one list, searched as you type; the list is virtual, so 100,000 rows stay fluid. */
public class ContactsPart {

    private static final int TYPING_PAUSE_MILLIS = 200;

    private final ContactService contacts;
    private final Messages texts;
    private Text search;
    private Label count;
    private TableViewer table;
    private ContactPages pages;
    private final Runnable runSearch = this::refresh;

    @Inject
    public ContactsPart(@Service ContactService contacts, @Named(TranslationService.LOCALE) Object locale) {
        this.contacts = contacts;
        this.texts = ContactsTexts.in(locale);
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(texts.get("search.hint"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addModifyListener(e -> {
            search.getDisplay().timerExec(-1, runSearch);
            search.getDisplay().timerExec(TYPING_PAUSE_MILLIS, runSearch);
        });
        Button add = new Button(parent, SWT.PUSH);
        add.setText(texts.get("newPerson"));
        add.addListener(SWT.Selection, e -> {
            if (new PersonDialog(parent.getShell(), contacts, texts).open() == Window.OK) {
                refresh();
            }
        });

        table = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("column.name", 200, c -> c.name());
        column("column.kind", 90, c -> texts.get("kind." + c.kind().name()));
        column("column.detail", 220, c -> c.detail());
        column("column.region", 70, c -> c.region() == null ? "" : c.region());
        table.setUseHashlookup(true);
        table.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                ContactSummary row = pages.get(index);
                if (row != null) {
                    table.replace(row, index);
                }
            }

            @Override
            public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
                // the pages are replaced as a whole by refresh()
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.getControl());
        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(count);
        refresh();
    }

    private void column(String key, int width, Function<ContactSummary, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(texts.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ContactSummary c ? text.apply(c) : texts.get("loading");
            }
        });
    }

    /** Searches again: after typing, and when contacts changed here or arrived by sync. */
    private void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        pages = new ContactPages(contacts, ContactQuery.text(search.getText()));
        table.setInput(pages);
        table.setItemCount((int) Math.min(Integer.MAX_VALUE, pages.size()));
        table.refresh();
        count.setText(texts.get("count", pages.size()));
    }

    @Inject
    @Optional
    void contactsChanged(@UIEventTopic(Topics.STORE_COMMITTED) Event event) {
        Object tables = event.getProperty(Topics.PROPERTY_TABLES);
        if (tables instanceof String[] names && Arrays.stream(names).anyMatch(t -> t.startsWith("CONTACT_"))) {
            refresh();
        }
    }
}
