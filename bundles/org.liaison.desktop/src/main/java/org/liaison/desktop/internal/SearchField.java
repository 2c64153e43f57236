package org.liaison.desktop.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;
import org.liaison.workbench.Entry;
import org.liaison.workbench.SearchProvider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The box in the window's top bar that searches every area at once (Ctrl+K): each area's
 * {@link SearchProvider} is asked in the background after a pause in typing, and the results are
 * listed under the box by area; arrows choose one, Enter opens it, Escape closes the list.
 */
public class SearchField {

    private static final System.Logger LOG = System.getLogger(SearchField.class.getName());

    static final int RESULTS_PER_AREA = 8;
    private static final int TYPING_PAUSE_MILLIS = 250;

    private final Messages texts;
    private final Locale locale;
    private final ECommandService commands;
    private final EHandlerService handlers;
    private Text box;
    private SearchResults results;
    private List<SearchProvider> providers = List.of();
    private Job searching;
    private final Runnable searchNow = this::search;

    @Inject
    public SearchField(ECommandService commands, EHandlerService handlers, @Named(TranslationService.LOCALE) Object locale) {
        this.commands = commands;
        this.handlers = handlers;
        this.locale = SupportedLocales.chooseFor(locale);
        this.texts = DesktopTexts.in(locale);
    }

    @PostConstruct
    void create(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(area);
        box = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        box.setMessage(texts.get("search.hint"));
        GridDataFactory.fillDefaults().hint(box.getFont().getFontData()[0].getHeight() * 32, SWT.DEFAULT).applyTo(box);
        results = new SearchResults(box, texts, entry -> {
            box.setText("");
            Opener.open(entry.open(), commands, handlers);
        });
        box.addModifyListener(e -> {
            box.getDisplay().timerExec(-1, searchNow);
            box.getDisplay().timerExec(TYPING_PAUSE_MILLIS, searchNow);
        });
        box.addListener(SWT.KeyDown, e -> {
            switch (e.keyCode) {
            case SWT.ARROW_DOWN -> { results.move(1); e.doit = false; }
            case SWT.ARROW_UP -> { results.move(-1); e.doit = false; }
            case SWT.ESC -> { results.close(); e.doit = false; }
            default -> { }
            }
        });
        box.addListener(SWT.DefaultSelection, e -> results.openChosen());
    }

    @Inject
    @Optional
    void providers(@Service List<SearchProvider> providers) {
        List<SearchProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt(SearchProvider::rank));
        this.providers = List.copyOf(sorted);
    }

    @PreDestroy
    void dispose() {
        if (searching != null) {
            searching.cancel();
        }
    }

    /** Puts the keyboard in the box, with what it holds selected (Ctrl+K). */
    public void focus() {
        box.setFocus();
        box.selectAll();
    }

    /** The box, for tests that type into it. */
    Text box() {
        return box;
    }

    SearchResults results() {
        return results;
    }

    private void search() {
        if (box.isDisposed()) {
            return;
        }
        String text = box.getText().strip();
        if (searching != null) {
            searching.cancel();
        }
        if (text.isEmpty()) {
            results.close();
            return;
        }
        List<SearchProvider> asked = providers;
        Display display = box.getDisplay();
        Job job = Job.create(texts.get("search.job"), monitor -> {
            List<SearchResults.Group> found = new ArrayList<>();
            for (SearchProvider provider : asked) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                String title = provider.title(locale);
                try {
                    List<Entry> entries = provider.search(text, RESULTS_PER_AREA, locale);
                    if (!entries.isEmpty()) {
                        found.add(new SearchResults.Group(title, entries));
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "Searching " + title + " for the words typed failed", e);
                    found.add(new SearchResults.Group(title, List.of(), texts.get("search.failed")));
                }
            }
            if (!monitor.isCanceled()) {
                display.asyncExec(() -> {
                    if (!box.isDisposed() && box.getText().strip().equals(text)) {
                        results.show(found);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        searching = job;
        job.schedule();
    }
}
