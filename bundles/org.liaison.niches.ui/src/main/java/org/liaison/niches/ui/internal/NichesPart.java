package org.liaison.niches.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.LatestRead;
import org.liaison.niches.Member;
import org.liaison.niches.Niche;
import org.liaison.niches.NicheHealth;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.liaison.ui.Tables;

/**
 * The niche networks with their health (joined members, candidates the rule finds, the last
 * introduction; thin when few joined or quiet for six months), and the chosen niche's members
 * with their status.
 */
public class NichesPart {

    /** A niche is quiet after this many months without an introduction. */
    static final int QUIET_MONTHS = 6;
    static final int MEMBERS_SHOWN = 2_000;

    private final NichesServices services;
    private final Messages texts;
    private final ESelectionService selection;
    private final DateTimeFormatter dates;
    private Table niches;
    private Table members;
    private Label status;
    private final LatestRead nichesRead;
    private final LatestRead membersRead;
    private UUID wanted;

    @Inject
    public NichesPart(@Service NichesServices services, @Named(TranslationService.LOCALE) Object locale, ESelectionService selection) {
        this.services = services;
        this.texts = NichesTexts.in(locale);
        this.selection = selection;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        this.nichesRead = new LatestRead(texts.get("job.niches"), texts.get("niches.failed"));
        this.membersRead = new LatestRead(texts.get("job.members"), texts.get("niches.failed"));
    }

    @PostConstruct
    void create(Composite parent, EMenuService menus, ECommandService commands, EHandlerService handlers) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        status = Views.status(parent, 1);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        niches = Tables.table(sash, SWT.SINGLE, texts, "niches.name", 190, "niches.joined", 60, "niches.candidates", 75,
                "niches.lastIntroduction", 110, "niches.health", 70);
        members = Tables.table(sash, SWT.MULTI, texts, "members.name", 190, "members.kind", 90, "members.region", 65,
                "members.status", 80, "members.since", 100, "members.rule", 90);
        sash.setWeights(50, 50);
        niches.addListener(SWT.Selection, e -> {
            choose();
            loadMembers();
        });
        niches.addListener(SWT.DefaultSelection, e -> handlers.executeHandler(commands.createCommand(NichesUi.EDIT_NICHE, Map.of())));
        members.addListener(SWT.Selection, e -> choose());
        menus.registerContextMenu(members, "org.liaison.niches.ui.popup.members");
        menus.registerContextMenu(niches, "org.liaison.niches.ui.popup.niches");
        refresh();
    }

    /** Reads the niches and their health again, in the background. */
    public void refresh() {
        status.setText(texts.get("niches.loading"));
        LocalDate today = LocalDate.now();
        nichesRead.start(niches, status, () -> services.niches().health(today, QUIET_MONTHS, texts.locale()), this::showNiches);
    }

    private void showNiches(List<NicheHealth> health) {
        Tables.fill(niches, health.stream().map(NicheHealth::niche).toList(), niche -> {
            NicheHealth h = health.stream().filter(x -> x.niche().equals(niche)).findFirst().orElseThrow();
            return new String[] {niche.name(texts.locale()), Long.toString(h.joined()), Long.toString(h.candidates()),
                    h.lastIntroduction() == null ? texts.get("niches.never") : dates.format(h.lastIntroduction()),
                    h.thin() ? texts.get("niches.thin") : texts.get("niches.healthy")};
        });
        long thin = health.stream().filter(NicheHealth::thin).count();
        status.setText(health.isEmpty() ? texts.get("niches.none") : texts.get("niches.count", health.size(), thin));
        if (wanted != null) {
            select(wanted);
        } else if (niches.getSelectionCount() == 0 && niches.getItemCount() > 0) {
            niches.setSelection(0);
        }
        choose();
        loadMembers();
    }

    /** Chooses the niche {@code id} in the list, once it is read. */
    public void select(UUID id) {
        wanted = id;
        for (TableItem item : niches.getItems()) {
            if (((Niche) item.getData()).id().equals(id)) {
                niches.setSelection(item);
                wanted = null;
                choose();
                loadMembers();
                return;
            }
        }
    }

    private Niche chosenNiche() {
        return niches.getSelectionCount() == 1 ? (Niche) niches.getSelection()[0].getData() : null;
    }

    private void choose() {
        Niche niche = chosenNiche();
        List<Member> chosen = new ArrayList<>();
        Arrays.stream(members.getSelection()).forEach(item -> chosen.add((Member) item.getData()));
        selection.setSelection(niche == null ? null : new NicheSelection(niche, chosen));
    }

    private void loadMembers() {
        Niche niche = chosenNiche();
        if (niche == null) {
            membersRead.cancel();
            members.removeAll();
            return;
        }
        membersRead.start(members, status, () -> services.niches().members(niche.id(), MEMBERS_SHOWN), found -> {
                    Tables.fill(members, found, m -> new String[] {m.contact().name(), texts.get("kind." + m.contact().kind().name()),
                            m.contact().region() == null ? "" : m.contact().region(), texts.get("member." + m.status().name()),
                            m.since() == null ? "" : dates.format(m.since()), m.matchesRule() ? texts.get("yes") : texts.get("no")});
                    choose();
                });
    }
}
