package org.liaison.contacts.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.SavedSearch;
import org.liaison.core.events.Topics;
import org.liaison.core.i18n.Messages;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.liaison.ui.Dialogs;

/**
 * Every contact in one list, searched as you type and narrowed by the filters beside it. The list
 * is virtual and searches run in the background, so 100,000 rows stay fluid.
 */
public class ContactsPart {

    private static final int TYPING_PAUSE_MILLIS = 200;
    static final String POPUP_MENU = "org.liaison.contacts.ui.popup.contacts";

    private final ContactsServices services;
    private final ESelectionService selection;
    private final EMenuService menus;
    private final Messages texts;
    private Text search;
    private Label count;
    private TableViewer table;
    private FilterPanel filters;
    private SmartGroupList groups;
    private ContactPages pages;
    private Job searching;
    private final Runnable runSearch = this::refresh;

    @Inject
    public ContactsPart(@Service ContactsServices services, ESelectionService selection, EMenuService menus,
            @Named(TranslationService.LOCALE) Object locale) {
        this.services = services;
        this.selection = selection;
        this.menus = menus;
        this.texts = ContactsTexts.in(locale);
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        Composite side = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(side);
        GridDataFactory.fillDefaults().grab(false, true).span(1, 3).applyTo(side);
        filters = new FilterPanel(side, texts, services.sectors().all(), services.contacts().segments(), f -> refresh());
        groups = new SmartGroupList(side, texts, services.savedSearches(), this::show);

        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(bar);
        search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(texts.get("search.hint"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addModifyListener(e -> {
            search.getDisplay().timerExec(-1, runSearch);
            search.getDisplay().timerExec(TYPING_PAUSE_MILLIS, runSearch);
        });
        table = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("column.name", 220, ContactSummary::name);
        column("column.kind", 100, c -> texts.get("kind." + c.kind().name()));
        column("column.detail", 240, ContactSummary::detail);
        column("column.region", 70, c -> c.region() == null ? "" : c.region());
        table.setUseHashlookup(true);
        table.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                ContactSummary row = pages == null ? null : pages.get(index);
                if (row != null) {
                    table.replace(row, index);
                }
            }

            @Override
            public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
                // the pages are replaced as a whole by refresh()
            }
        });
        // from the rows' indices, not the viewer's selection: on a virtual list that would fetch every
        // row chosen (Ctrl+A on 100,000 contacts) on the UI thread; the commands need at most two
        table.getTable().addListener(SWT.Selection, e -> selection.setSelection(chosen()));
        table.getTable().addListener(SWT.DefaultSelection, e -> open(chosen()));
        menus.registerContextMenu(table.getControl(), POPUP_MENU);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
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

    private ContactQuery query() {
        return new ContactQuery(search.getText(), filters.filter(), 0, ContactPages.PAGE);
    }

    /**
     * Searches again, in the background: after typing or filtering, and when contacts changed
     * here or arrived by sync. A newer search cancels an older one still running.
     */
    public void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        ContactQuery query = query();
        count.setText(texts.get("searching"));
        if (searching != null) {
            searching.cancel();
        }
        Job job = Job.create(texts.get("job.search"), monitor -> {
            ContactPages found = new ContactPages(services.contacts(), query);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            table.getControl().getDisplay().asyncExec(() -> show(found));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        searching = job;
        job.schedule();
    }

    private void show(ContactPages found) {
        if (table.getControl().isDisposed() || !found.query().equals(query())) {
            return; // the person typed on: a newer search is on its way
        }
        pages = found;
        table.setInput(found);
        table.setItemCount((int) Math.min(Integer.MAX_VALUE, found.size()));
        table.refresh();
        count.setText(texts.get("count", found.size()));
    }

    private void show(SavedSearch group) {
        filters.show(group.filter());
        search.setText(group.text()); // searches again
        refresh();
    }

    /** Ctrl+F: the keyboard to the search box. */
    public void focusSearch() {
        search.setFocus();
        search.selectAll();
    }

    private ContactSelection chosen() {
        int[] rows = table.getTable().getSelectionIndices();
        if (pages == null || rows.length > ContactSelection.RESOLVED) {
            return new ContactSelection(List.of(), rows.length);
        }
        List<ContactSummary> contacts = new ArrayList<>();
        for (int row : rows) {
            ContactSummary contact = pages.get(row);
            if (contact != null) {
                contacts.add(contact);
            }
        }
        return new ContactSelection(contacts, contacts.size());
    }

    private void open(ContactSelection chosen) {
        if (chosen.contacts().size() == 1) {
            ContactSummary contact = chosen.contacts().get(0);
            if (!ContactEditors.open(table.getControl().getShell(), services, texts, contact.kind(), contact.id())) {
                refresh(); // it left the list since it was shown
            }
        }
    }

    /** Keeps the list's words and filters under a name: a smart group. */
    public void saveGroup() {
        String name = Dialogs.ask(table.getControl().getShell(), texts.locale(), texts.get("saveGroup.title"), texts.get("saveGroup.message"),
                texts.get("saveGroup.required"));
        if (name != null) {
            ContactFilter filter = filters.filter();
            services.savedSearches().save(name, search.getText(), filter, texts.locale());
            groups.reload();
        }
    }

    /** Writes the contacts the list shows, as CSV or (people only) vCard 4.0. */
    public void export() {
        FileDialog dialog = new FileDialog(table.getControl().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv", "*.vcf" });
        dialog.setFilterNames(new String[] { texts.get("export.csv"), texts.get("export.vcard") });
        dialog.setFileName(texts.get("export.fileName"));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        ContactQuery query = query();
        Job job = Job.create(texts.get("job.export"), monitor -> {
            try (Writer out = Files.newBufferedWriter(Path.of(chosen), StandardCharsets.UTF_8)) {
                long written = chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".vcf") ? vcards(query, out, monitor)
                        : services.export().csv(query, out);
                if (monitor.isCanceled()) {
                    Files.deleteIfExists(Path.of(chosen)); // no half-written file left behind
                    return Status.CANCEL_STATUS;
                }
                table.getControl().getDisplay().asyncExec(() -> Dialogs.inform(table.getControl().getShell(), texts.locale(),
                        texts.get("export.title"), texts.get("export.done", written, chosen)));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "org.liaison.contacts.ui", texts.get("export.failed", chosen, e.getMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    /** The people the query finds (organisations have no card of their own), as vCard 4.0; stops when cancelled. */
    private long vcards(ContactQuery query, Writer out, IProgressMonitor monitor) throws IOException {
        java.util.List<org.liaison.contacts.Person> people = new java.util.ArrayList<>();
        monitor.beginTask(texts.get("job.export"), IProgressMonitor.UNKNOWN);
        for (int from = 0; !monitor.isCanceled(); from += 1_000) {
            java.util.List<ContactSummary> page = services.contacts().search(query.page(from, 1_000));
            page.stream().filter(c -> c.kind() == ContactSummary.Kind.PERSON)
                    .forEach(c -> services.contacts().person(c.id()).ifPresent(people::add));
            monitor.worked(page.size());
            if (page.size() < 1_000) {
                break;
            }
        }
        if (monitor.isCanceled()) {
            return people.size();
        }
        out.write(services.vcards().write(people, org.liaison.contacts.io.VCardExchange.Version.V4_0));
        return people.size();
    }

    @PreDestroy
    void dispose() {
        if (searching != null) {
            searching.cancel();
        }
    }

    @Inject
    @Optional
    void contactsChanged(@UIEventTopic(Topics.STORE_COMMITTED) Event event) {
        Object tables = event.getProperty(Topics.PROPERTY_TABLES);
        if (tables instanceof String[] names && Arrays.stream(names).anyMatch(t -> t.startsWith("CONTACT_"))) {
            refresh();
            if (Arrays.asList(names).contains("CONTACT_SAVED_SEARCH")) {
                groups.reload();
            }
            if (Arrays.asList(names).contains("CONTACT_SEGMENT")) { // Fields and segments, here or on a colleague's desktop
                filters.reloadSegments(services.contacts().segments());
            }
        }
    }
}
