package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.LatestRead;
import org.liaison.niches.Category;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.NeedOfferStatus;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.liaison.ui.Tables;

/** The board of needs and offers, filtered by kind, category and status; those near their date first. */
public class NeedsOffersPart {

    static final int SHOWN = 1_000;

    private final NichesServices services;
    private final Messages texts;
    private final ESelectionService selection;
    private final DateTimeFormatter dates;
    private Combo kind;
    private Combo category;
    private Combo status;
    private Table board;
    private Label message;
    private LatestRead reading;
    private UUID wanted;

    @Inject
    public NeedsOffersPart(@Service NichesServices services, @Named(TranslationService.LOCALE) Object locale, ESelectionService selection) {
        this.services = services;
        this.texts = NichesTexts.in(locale);
        this.selection = selection;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
    }

    @PostConstruct
    void create(Composite parent, EMenuService menus, ECommandService commands, EHandlerService handlers) {
        reading = new LatestRead(texts.get("job.needs"), texts.get("needs.failed"));
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(parent);
        kind = filter(parent, "needs.kind", texts.get("needs.all"), texts.get("needOffer.NEED"), texts.get("needOffer.OFFER"));
        String[] categories = new String[Category.values().length + 1];
        categories[0] = texts.get("needs.all");
        for (Category c : Category.values()) {
            categories[c.ordinal() + 1] = texts.get("category." + c.name());
        }
        category = filter(parent, "needs.category", categories);
        String[] statuses = new String[NeedOfferStatus.values().length + 1];
        statuses[0] = texts.get("needs.all");
        for (NeedOfferStatus s : NeedOfferStatus.values()) {
            statuses[s.ordinal() + 1] = texts.get("needOffer." + s.name());
        }
        status = filter(parent, "needs.status", statuses);
        status.select(NeedOfferStatus.OPEN.ordinal() + 1);
        message = Views.status(parent, 6);
        board = Tables.table(parent, SWT.SINGLE, texts, "needs.column.kind", 70, "needs.column.owner", 180, "needs.column.category", 120,
                "needs.column.description", 300, "needs.column.scope", 110, "needs.column.until", 100, "needs.column.status", 80);
        GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(board);
        board.addListener(SWT.Selection, e -> choose());
        board.addListener(SWT.DefaultSelection, e -> handlers.executeHandler(commands.createCommand(NichesUi.SUGGEST, Map.of())));
        menus.registerContextMenu(board, "org.liaison.niches.ui.popup.needs");
        refresh();
    }

    private Combo filter(Composite parent, String label, String... items) {
        new Label(parent, SWT.NONE).setText(texts.get(label));
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> refresh());
        return combo;
    }

    /** Shows the open needs and offers of every kind and category again. */
    public void showOpen() {
        kind.select(0);
        category.select(0);
        status.select(NeedOfferStatus.OPEN.ordinal() + 1);
        refresh();
    }

    /** Shows every need and offer and chooses the one {@code id} once it is read. */
    public void show(UUID id) {
        wanted = id;
        showAll();
    }

    /** Shows every need and offer, past their date too, soonest date first. */
    public void showAll() {
        kind.select(0);
        category.select(0);
        status.select(0);
        refresh();
    }

    /** Reads the board again with the filters chosen, in the background. */
    public void refresh() {
        NeedOffer.Kind k = kind.getSelectionIndex() == 0 ? null : NeedOffer.Kind.values()[kind.getSelectionIndex() - 1];
        Category c = category.getSelectionIndex() == 0 ? null : Category.values()[category.getSelectionIndex() - 1];
        NeedOfferStatus s = status.getSelectionIndex() == 0 ? null : NeedOfferStatus.values()[status.getSelectionIndex() - 1];
        LocalDate today = LocalDate.now();
        message.setText(texts.get("needs.loading"));
        reading.start(board, message, () -> {
            List<NeedOffer> items = services.needsOffers().board(k, c, s, today, SHOWN);
            Set<UUID> owners = new HashSet<>();
            items.forEach(i -> owners.add(i.owner()));
            return Map.entry(items, services.profiles().summaries(owners));
        }, read -> show(read.getKey(), read.getValue(), today));
    }

    private void show(List<NeedOffer> items, Map<UUID, ContactSummary> owners, LocalDate today) {
        Tables.fill(board, items, item -> new String[] {texts.get("needOffer." + item.kind().name()),
                owners.containsKey(item.owner()) ? owners.get(item.owner()).name() : "?", texts.get("category." + item.category().name()),
                item.description(), texts.get("scope." + item.scope().name()), dates.format(item.validUntil()),
                texts.get("needOffer." + item.statusOn(today).name())});
        for (TableItem row : board.getItems()) {
            if (((NeedOffer) row.getData()).statusOn(today) == NeedOfferStatus.OPEN
                    && !((NeedOffer) row.getData()).validUntil().isAfter(today.plusDays(14))) {
                row.setForeground(6, board.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        message.setText(items.isEmpty() ? texts.get("needs.none") : texts.get("needs.count", items.size()));
        if (wanted != null) {
            for (TableItem row : board.getItems()) {
                if (((NeedOffer) row.getData()).id().equals(wanted)) {
                    board.setSelection(row);
                    board.showSelection();
                }
            }
            wanted = null;
        }
        choose();
    }

    private void choose() {
        selection.setSelection(board.getSelectionCount() == 1 ? board.getSelection()[0].getData() : null);
    }
}
