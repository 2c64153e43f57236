package org.liaison.desktop.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.liaison.core.events.Topics;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.TodayCard;
import org.liaison.workbench.Workbench;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Home area's page: what needs doing today, as cards that the areas contribute
 * ({@link TodayCard}), each line opening what it lists. Cards are read in the background when the
 * page opens and again a moment after the database changed.
 */
public class TodayPart {

    private static final System.Logger LOG = System.getLogger(TodayPart.class.getName());

    /** Data key of a card's composite: the card's title (for tests). */
    public static final String CARD_KEY = "org.liaison.desktop.today.card";
    /** Data key of a link: the {@link Open} it carries out. */
    public static final String OPEN_KEY = "org.liaison.desktop.today.open";
    /** System property holding the milliseconds from launch until the first cards were shown, for the start-up benchmark. */
    public static final String FILLED_PROPERTY = "liaison.today.filledMillis";

    private static final int ENTRIES_SHOWN = 5;
    private static final int REFRESH_PAUSE_MILLIS = 1_500;

    private final Messages texts;
    private final Locale locale;
    private final ECommandService commands;
    private final EHandlerService handlers;
    private ScrolledComposite scroller;
    private Composite page;
    private Composite cardsArea;
    private Label heading;
    private Display display;
    /** Which read is the latest: an older one finishing late is not shown over it. */
    private int generation;
    private List<TodayCard> cards = List.of();
    private Job reading;
    private final Runnable readAgain = this::refresh;

    @Inject
    public TodayPart(ECommandService commands, EHandlerService handlers, @Named(TranslationService.LOCALE) Object locale) {
        this.commands = commands;
        this.handlers = handlers;
        this.locale = SupportedLocales.chooseFor(locale);
        this.texts = DesktopTexts.in(locale);
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        page = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(20, 16).spacing(0, 12).applyTo(page);
        heading = new Label(page, SWT.NONE);
        heading.setFont(JFaceResources.getHeaderFont());
        display = parent.getDisplay();
        cardsArea = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(cardsArea);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(16, 16).applyTo(cardsArea);
        scroller.setContent(page);
        scroller.addListener(SWT.Resize, e -> layOut());
        refresh();
    }

    @PreDestroy
    void dispose() {
        if (reading != null) {
            reading.cancel();
        }
    }

    @Inject
    @Optional
    void cards(@Service List<TodayCard> cards) {
        List<TodayCard> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparingInt(TodayCard::rank));
        this.cards = List.copyOf(sorted);
        if (cardsArea != null && !cardsArea.isDisposed()) {
            refresh();
        }
    }

    @Inject
    @Optional
    void cardChanged(@UIEventTopic(Workbench.TODAY_CHANGED) Event event) {
        databaseChanged(event);
    }

    @Inject
    @Optional
    void databaseChanged(@UIEventTopic(Topics.STORE_COMMITTED) Event event) {
        if (cardsArea != null && !cardsArea.isDisposed()) {
            cardsArea.getDisplay().timerExec(-1, readAgain);
            cardsArea.getDisplay().timerExec(REFRESH_PAUSE_MILLIS, readAgain);
        }
    }

    /** A card as read: its title, and its content or why it could not be read. */
    private record Read(String title, TodayCard.Content content, String failure) {
    }

    /** Reads every card again in the background, then shows them. */
    public void refresh() {
        List<TodayCard> asked = cards;
        if (reading != null) {
            reading.cancel();
        }
        int read = ++generation;
        Job job = Job.create(texts.get("today.job"), monitor -> {
            List<Read> shown = new ArrayList<>();
            for (TodayCard card : asked) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                String title = card.title(locale);
                try {
                    shown.add(new Read(title, card.content(locale), null));
                } catch (RuntimeException e) {
                    // one card that fails must not empty the page: it says so, and the log has why
                    LOG.log(System.Logger.Level.ERROR, "The Today card '" + title + "' could not be read", e);
                    shown.add(new Read(title, null, texts.get("today.failed")));
                }
            }
            if (!monitor.isCanceled()) {
                display.asyncExec(() -> {
                    if (read == generation) {
                        show(shown);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        reading = job;
        job.schedule();
    }

    private void show(List<Read> read) {
        if (cardsArea.isDisposed()) {
            return;
        }
        // the day may have changed since the page opened
        heading.setText(texts.get("today.heading", LocalDate.now().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale))));
        for (Control old : cardsArea.getChildren()) {
            old.dispose();
        }
        if (read.isEmpty()) {
            Label none = new Label(cardsArea, SWT.WRAP);
            none.setText(texts.get("today.noCards"));
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(none);
        }
        for (Read card : read) {
            card(card);
        }
        layOut();
        if (System.getProperty(FILLED_PROPERTY) == null) {
            System.setProperty(FILLED_PROPERTY, Long.toString(System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    private void card(Read read) {
        Composite card = new Composite(cardsArea, SWT.BORDER);
        card.setData(CARD_KEY, read.title());
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).hint(200, SWT.DEFAULT).applyTo(card);
        GridLayoutFactory.swtDefaults().margins(12, 10).spacing(4, 6).applyTo(card);
        Label title = new Label(card, SWT.NONE);
        title.setFont(JFaceResources.getBannerFont());
        TodayCard.Content content = read.content();
        title.setText(content == null || content.count() == 0 ? read.title()
                : read.title() + "  (" + String.format(locale, "%,d", content.count()) + ")");
        if (content == null) {
            wrapped(card, read.failure());
            return;
        }
        if (content.entries().isEmpty()) {
            wrapped(card, content.whenNone());
        }
        for (Entry entry : content.entries().subList(0, Math.min(ENTRIES_SHOWN, content.entries().size()))) {
            link(card, "<a>" + escape(entry.text()) + "</a>" + (entry.detail().isEmpty() ? "" : "  \u2014  " + escape(entry.detail())),
                    entry.open());
        }
        if (content.all() != null && content.count() > 0) {
            link(card, "<a>" + escape(texts.get("today.showAll")) + "</a>", content.all());
        }
    }

    private static void wrapped(Composite card, String text) {
        Label label = new Label(card, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
    }

    private void link(Composite card, String text, Open open) {
        Link link = new Link(card, SWT.NONE);
        link.setText(text);
        link.setData(OPEN_KEY, open);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(link);
        link.addListener(SWT.Selection, e -> Opener.open(open, commands, handlers));
    }

    /**
     * A Link reads '&' as a mnemonic and {@code <a>} as markup: names such as "Smith & Co" are shown
     * as written, and a name holding markup cannot change the line's links.
     */
    private static String escape(String text) {
        return text.replace("&", "&&").replace('<', '\u2039').replace('>', '\u203a');
    }

    private void layOut() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        ((org.eclipse.swt.layout.GridLayout) cardsArea.getLayout()).numColumns = width < 760 ? 1 : 2;
        for (Control child : cardsArea.getChildren()) {
            if (child.getLayoutData() instanceof org.eclipse.swt.layout.GridData data && !(child instanceof Composite)) {
                data.horizontalSpan = ((org.eclipse.swt.layout.GridLayout) cardsArea.getLayout()).numColumns;
            }
        }
        scroller.setMinSize(page.computeSize(width, SWT.DEFAULT));
        page.layout(true, true);
    }
}
