package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.LatestRead;
import org.liaison.core.validation.ValidationException;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.Niche;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.liaison.ui.Tables;

/**
 * Match suggestions with their reasons: the offers that could meet a need, the members someone
 * should meet, or every pair worth introducing in a niche. "Propose introduction" takes the one chosen.
 */
public class SuggestionsPart {

    static final int SHOWN = 50;
    static final int PAIRS_SHOWN = 200;

    private final NichesServices services;
    private final Messages texts;
    private final ESelectionService selection;
    private Label heading;
    private Table table;
    private final LatestRead matching;
    private Runnable again = () -> {
    };

    @Inject
    public SuggestionsPart(@Service NichesServices services, @Named(TranslationService.LOCALE) Object locale, ESelectionService selection) {
        this.services = services;
        this.texts = NichesTexts.in(locale);
        this.selection = selection;
        this.matching = new LatestRead(texts.get("job.matching"), texts.get("suggestions.failed"));
    }

    @PostConstruct
    void create(Composite parent, EMenuService menus, ECommandService commands, EHandlerService handlers) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        heading = Views.status(parent, 1);
        heading.setText(texts.get("suggestions.hint"));
        table = Tables.table(parent, SWT.SINGLE, texts, "suggestions.first", 160, "suggestions.second", 160, "suggestions.offer", 200,
                "suggestions.score", 60, "suggestions.reasons", 420);
        table.addListener(SWT.Selection, e -> selection.setSelection(table.getSelectionCount() == 1 ? table.getSelection()[0].getData()
                : null));
        table.addListener(SWT.DefaultSelection, e -> handlers.executeHandler(commands.createCommand(NichesUi.PROPOSE, Map.of())));
        menus.registerContextMenu(table, "org.liaison.niches.ui.popup.suggestions");
    }

    /** The open offers that could meet {@code need}, owned by {@code owner}. */
    public void forNeed(NeedOffer need, ContactSummary owner) {
        LocalDate today = LocalDate.now();
        run(texts.get("suggestions.forNeed", need.description(), owner.name()), () -> services.matcher()
                .forNeed(need.id(), today, SHOWN, texts.locale()).stream().map(s -> new Row(new SuggestionChoice(owner, s.contact(),
                        s.reasons(), null, need.id(), s.offer().id()), s.offer().description(), s.score())).toList());
    }

    /** The members {@code member} should meet. */
    public void forMember(ContactSummary member) {
        run(texts.get("suggestions.forMember", member.name()), () -> services.matcher().forMember(member.id(), SHOWN, texts.locale())
                .stream().map(s -> new Row(new SuggestionChoice(member, s.contact(), s.reasons(), null, null, null), "", s.score())).toList());
    }

    /** Every pair of {@code niche}'s members worth introducing. */
    public void forNiche(Niche niche) {
        UUID id = niche.id();
        run(texts.get("suggestions.forNiche", niche.name(texts.locale())), () -> services.matcher().inNiche(id, PAIRS_SHOWN, texts.locale())
                .stream().map(p -> new Row(new SuggestionChoice(p.first(), p.second(), p.reasons(), id, null, null), "", p.score())).toList());
    }

    /** Asks again for what is shown (after an introduction was proposed, say). */
    public void refresh() {
        again.run();
    }

    private record Row(SuggestionChoice choice, String offer, double score) {
    }

    private void run(String title, Supplier<List<Row>> suggest) {
        again = () -> run(title, suggest);
        heading.setText(title + " \u2014 " + texts.get("suggestions.matching"));
        table.removeAll();
        selection.setSelection(null);
        matching.start(table, heading, () -> {
            try {
                return suggest.get();
            } catch (ValidationException refused) { // an expired need, say: told in place of the list
                return List.<Row>of(new Row(null, refused.problems().get(0).message(), 0));
            }
        }, rows -> show(title, rows));
    }

    private void show(String title, List<Row> rows) {
        if (rows.size() == 1 && rows.get(0).choice() == null) {
            heading.setText(title + " \u2014 " + rows.get(0).offer());
            return;
        }
        Tables.fill(table, rows.stream().map(Row::choice).toList(), choice -> {
            Row row = rows.stream().filter(r -> r.choice() == choice).findFirst().orElseThrow();
            return new String[] {choice.first().name(), choice.second().name(), row.offer(),
                    String.format(texts.locale(), "%.1f", row.score()), String.join("; ", choice.reasons())};
        });
        heading.setText(title + " \u2014 " + (rows.isEmpty() ? texts.get("suggestions.none") : texts.get("suggestions.count", rows.size())));
    }
}
