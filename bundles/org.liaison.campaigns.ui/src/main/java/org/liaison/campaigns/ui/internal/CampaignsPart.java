package org.liaison.campaigns.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.Progress;
import org.liaison.campaigns.SendingPlace;
import org.liaison.core.i18n.Messages;
import org.liaison.ui.LatestRead;
import org.liaison.ui.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The campaigns, newest first, with the chosen one's state, progress and results; read again
 * every two seconds while one is sending.
 */
public class CampaignsPart {

    private static final int SENDING_REFRESH_MILLIS = 2000;
    private static final String EDIT = "org.liaison.campaigns.ui.command.edit";

    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;

    private final CampaignsServices services;
    private final Messages texts;
    private final ESelectionService selection;
    private final LatestRead reading;
    private Table table;
    private Label message;
    private Label state;
    private ResultsChart chart;
    private Map<UUID, Progress> progress = Map.of();
    private Map<UUID, SendingPlace> places = Map.of();
    private boolean disposed;

    @Inject
    public CampaignsPart(@Service CampaignsServices services, @Named(TranslationService.LOCALE) Object locale,
            ESelectionService selection) {
        this.services = services;
        this.texts = CampaignsTexts.in(locale);
        this.selection = selection;
        this.reading = new LatestRead(texts.get("job.campaigns"), texts.get("campaigns.failed"));
    }

    @PostConstruct
    void create(Composite parent, EMenuService menus) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        table = Tables.table(parent, SWT.SINGLE, texts, "column.name", 260, "column.purpose", 140, "column.status", 200,
                "column.sent", 80, "column.waiting", 80);
        table.addListener(SWT.Selection, e -> chosen());
        table.addListener(SWT.FocusIn, e -> chosen());
        table.addListener(SWT.DefaultSelection, e -> open());
        menus.registerContextMenu(table, "org.liaison.campaigns.ui.popup.list");
        state = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
        chart = new ResultsChart(parent, texts);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, ResultsChart.height()).applyTo(chart.control());
        refresh();
    }

    @PreDestroy
    void dispose() {
        disposed = true;
        reading.cancel();
    }

    private void open() {
        chosen();
        handlers.executeHandler(commands.createCommand(EDIT, Map.of()));
    }

    Campaign selected() {
        TableItem[] items = table.getSelection();
        return items.length == 0 ? null : (Campaign) items[0].getData();
    }

    /** The chosen campaign's state, progress and who sends it, as shown. */
    String details() {
        return state.getText();
    }

    /** Selects the campaign with this id when it is listed. */
    void select(UUID id) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (((Campaign) table.getItem(i).getData()).id().equals(id)) {
                table.setSelection(i);
                chosen();
                return;
            }
        }
    }

    private void chosen() {
        Campaign campaign = selected();
        selection.setSelection(campaign);
        if (campaign == null) {
            state.setText("");
            chart.show(null);
            return;
        }
        Progress shown = progress.getOrDefault(campaign.id(), new Progress(0, 0, 0, 0, 0, 0, 0));
        SendingPlace place = places.getOrDefault(campaign.id(), SendingPlace.NOBODY);
        String from = texts.get("sentFrom." + place.name());
        state.setText(texts.get("details", campaign.name(), StatusText.status(campaign, texts), StatusText.progress(shown, texts))
                + (from.isEmpty() ? "" : " " + from));
        chart.show(shown);
        state.getParent().layout(true);
    }

    /** Reads the campaigns and their progress again, in the background. */
    public void refresh() {
        UUID keep = selected() == null ? null : selected().id();
        reading.start(table, message, () -> {
            List<Campaign> campaigns = services.campaigns().all();
            Map<UUID, Progress> counts = campaigns.stream()
                    .collect(Collectors.toMap(Campaign::id, c -> services.campaigns().progress(c.id())));
            Map<UUID, SendingPlace> from = campaigns.stream()
                    .collect(Collectors.toMap(Campaign::id, c -> services.campaigns().sendingPlace(c.id())));
            return new Read(campaigns, counts, from);
        }, read -> show(read, keep));
    }

    private record Read(List<Campaign> campaigns, Map<UUID, Progress> progress, Map<UUID, SendingPlace> places) {
    }

    private void show(Read read, UUID keep) {
        progress = read.progress;
        places = read.places;
        Tables.fill(table, read.campaigns, c -> new String[] {c.name(), texts.get("purpose." + c.purpose().name()),
                StatusText.status(c, texts), Long.toString(read.progress.get(c.id()).sent()),
                Long.toString(read.progress.get(c.id()).waiting())});
        message.setText(read.campaigns.isEmpty() ? texts.get("campaigns.none") : texts.get("campaigns.count",
                read.campaigns.size()));
        if (keep != null) {
            select(keep);
        } else if (table.getItemCount() > 0) {
            table.setSelection(0);
            chosen();
        }
        boolean sending = read.campaigns.stream().anyMatch(c -> c.status() == CampaignStatus.SENDING
                || c.status() == CampaignStatus.SCHEDULED);
        if (sending && !disposed) {
            table.getDisplay().timerExec(SENDING_REFRESH_MILLIS, () -> {
                if (!disposed && !table.isDisposed()) {
                    refresh();
                }
            });
        }
    }
}
