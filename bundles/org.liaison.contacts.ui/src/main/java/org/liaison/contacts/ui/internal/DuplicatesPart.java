package org.liaison.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.contacts.DuplicatePair;
import org.liaison.core.i18n.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Likely duplicates, people or organisations, most certain first with the reasons; a pair opens
 * in the merge dialog. The scan runs as a Job that can be cancelled; the last merge can be undone.
 */
public class DuplicatesPart {

    private final ContactsServices services;
    private final Messages texts;
    private Combo kind;
    private Table table;
    private Label status;
    private Button undo;
    private Job scanning;
    private List<DuplicatePair> pairs = List.of();

    @Inject
    public DuplicatesPart(@Service ContactsServices services, @Named(TranslationService.LOCALE) Object locale) {
        this.services = services;
        this.texts = ContactsTexts.in(locale);
    }

    private boolean people() {
        return kind.getSelectionIndex() == 0;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);
        kind = new Combo(parent, SWT.READ_ONLY);
        kind.setItems(texts.get("duplicates.people"), texts.get("duplicates.organisations"));
        kind.select(0);
        Button scan = new Button(parent, SWT.PUSH);
        scan.setText(texts.get("duplicates.scan"));
        scan.addListener(SWT.Selection, e -> scan());
        Button merge = new Button(parent, SWT.PUSH);
        merge.setText(texts.get("duplicates.merge"));
        merge.addListener(SWT.Selection, e -> mergeSelected());
        undo = new Button(parent, SWT.PUSH);
        undo.setText(texts.get("duplicates.undo"));
        undo.setEnabled(services.canUndoMerge());
        undo.addListener(SWT.Selection, e -> undoLastMerge());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String column : List.of("duplicates.first", "duplicates.second", "duplicates.score", "duplicates.reasons")) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(texts.get(column));
            c.setWidth(column.endsWith("score") ? 110 : column.endsWith("reasons") ? 360 : 200);
        }
        table.addListener(SWT.DefaultSelection, e -> mergeSelected());
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table);
        status.setText(texts.get("duplicates.hint"));
    }

    /** Whether the view lists what a scan found. */
    boolean hasResults() {
        return !pairs.isEmpty();
    }

    /** Puts back both records of the last merge of this session, then scans again. */
    public void undoLastMerge() {
        services.undoLastMerge(texts.locale());
        undo.setEnabled(services.canUndoMerge());
        status.setText(texts.get("duplicates.undone"));
        scan();
    }

    /** Looks for duplicates again, in the background. */
    public void scan() {
        if (scanning != null) {
            scanning.cancel();
        }
        boolean people = people();
        Display display = table.getDisplay();
        status.setText(texts.get("duplicates.scanning"));
        Job job = Job.create(texts.get("job.dedupe"), (IProgressMonitor monitor) -> {
            monitor.beginTask(texts.get("job.dedupe"), IProgressMonitor.UNKNOWN);
            List<DuplicatePair> found = people ? services.duplicates().scan(texts.locale())
                    : services.duplicates().scanOrganisations(texts.locale());
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (people) {
                services.scanned(found);
            }
            List<String[]> rows = new ArrayList<>();
            for (DuplicatePair pair : found.subList(0, Math.min(found.size(), 2_000))) {
                rows.add(new String[] { name(pair.first(), people), name(pair.second(), people),
                        String.format(texts.locale(), "%.0f %%", pair.score() * 100), String.join("; ", pair.reasons()) });
            }
            display.asyncExec(() -> show(found, rows));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        scanning = job;
        job.schedule();
    }

    private String name(UUID id, boolean people) {
        return people ? services.contacts().person(id).map(p -> p.displayName()).orElse("?")
                : services.contacts().organisation(id).map(o -> o.name()).orElse("?");
    }

    private void show(List<DuplicatePair> found, List<String[]> rows) {
        if (table.isDisposed()) {
            return;
        }
        pairs = found.subList(0, rows.size());
        table.removeAll();
        rows.forEach(row -> new TableItem(table, SWT.NONE).setText(row));
        status.setText(texts.get("duplicates.found", found.size()));
    }

    private void mergeSelected() {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        DuplicatePair pair = pairs.get(index);
        MergeDialog dialog = new MergeDialog(table.getShell(), services, texts, pair, people());
        if (dialog.open() == Window.OK) {
            services.merged(dialog.mergeId());
            undo.setEnabled(true);
            table.remove(index);
            List<DuplicatePair> rest = new ArrayList<>(pairs);
            rest.remove(index);
            pairs = rest;
            status.setText(texts.get("duplicates.merged"));
        }
    }

    @PreDestroy
    void dispose() {
        if (scanning != null) {
            scanning.cancel();
        }
    }
}
