package org.liaison.campaigns.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.core.i18n.Messages;
import org.liaison.core.settings.UserSettings;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.test.desktop.RunningDesktop;
import org.liaison.test.support.StoreFixture;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Workbench;

/**
 * The Campaigns area in the real desktop, on the demo network, driven through its commands: the
 * list with the chosen campaign's results, the campaign dialog with its audience and mails, the
 * sending commands enabled by state, search; pictures of each in the language of the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignsViewsTest {

    private static final String LANGUAGE = System.getProperty("liaison.language", "en");
    private static final String ACTION = "org.liaison.campaigns.ui.command.action";

    private static RunningDesktop desktop;
    private static CampaignsServices services;
    private static Messages texts;

    @BeforeAll
    static void start() throws Exception {
        StoreStatus store = StoreFixture.memory("campaigns-ui-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, store.state(), () -> store.failure().map(Throwable::getMessage).orElse(""));
        UserSettings settings = StoreFixture.service(UserSettings.class);
        settings.put("sync.firstRunAsked", "true");
        settings.put("layout.area", Workbench.HOME);
        RunningDesktop.loadDemoNetwork();
        services = StoreFixture.service(CampaignsServices.class);
        texts = CampaignsTexts.in(Locale.forLanguageTag(LANGUAGE));
        desktop = RunningDesktop.start();
        desktop.execute(Workbench.SHOW_AREA_COMMAND, Map.of(Workbench.AREA_PARAMETER, CampaignsUi.AREA));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (desktop != null) {
            desktop.close();
        }
    }

    @Test
    @Order(1)
    void theListShowsTheDemoCampaignsAndTheChosenOnesResults() throws Exception {
        CampaignsPart list = desktop.view(CampaignsUi.LIST_PART, CampaignsPart.class);
        List<Campaign> demo = services.campaigns().all();
        assertEquals(2, demo.size(), demo::toString);
        Campaign invitation = demo.stream().filter(c -> c.status() == CampaignStatus.DONE).findFirst().orElseThrow();
        desktop.until(() -> desktop.ui(() -> list.selected() != null), "the list read");
        desktop.ui(() -> {
            list.select(invitation.id());
            return null;
        });
        assertEquals(invitation.id(), desktop.ui(() -> list.selected().id()));
        assertFalse(desktop.canExecute(ACTION, Map.of(CampaignsUi.ACTION_PARAMETER, "cancel")), "a campaign done is done");
        assertFalse(desktop.canExecute(ACTION, Map.of(CampaignsUi.ACTION_PARAMETER, "start")));
        assertEquals(7, services.campaigns().progress(invitation.id()).sent(), "sent, soft bounces among them");
        desktop.picture(desktop.shell(), "campaigns-results-" + LANGUAGE);

        Campaign draft = demo.stream().filter(c -> c.status() == CampaignStatus.DRAFT).findFirst().orElseThrow();
        desktop.ui(() -> {
            list.select(draft.id());
            return null;
        });
        assertTrue(desktop.canExecute(ACTION, Map.of(CampaignsUi.ACTION_PARAMETER, "start")));
        assertTrue(desktop.canExecute(ACTION, Map.of(CampaignsUi.ACTION_PARAMETER, "cancel")));
        assertFalse(desktop.canExecute(ACTION, Map.of(CampaignsUi.ACTION_PARAMETER, "resume")));
    }

    @Test
    @Order(2)
    void theCampaignDialogShowsWhoIsLeftOutAndTheMailInBothLanguages() throws Exception {
        desktop.executeLater("org.liaison.campaigns.ui.command.edit", Map.of());
        Shell dialog = desktop.dialog();
        TabFolder tabs = desktop.ui(() -> RunningDesktop.find(dialog, TabFolder.class, t -> true));
        desktop.ui(() -> {
            tabs.setSelection(1);
            return null;
        });
        Campaign draft = services.campaigns().all().stream().filter(c -> c.status() == CampaignStatus.DRAFT).findFirst()
                .orElseThrow();
        var report = services.campaigns().report(draft.id());
        assertTrue(report.recipients().size() >= 15, "the demo newsletter reaches those who signed up: " + report.recipients());
        String expected = texts.get("audience.count", report.recipients().size(), report.leftOut().size());
        desktop.until(() -> desktop.ui(() -> RunningDesktop.find(dialog, org.eclipse.swt.widgets.Label.class,
                l -> l.getText().equals(expected)) != null), "the audience counted: " + expected);
        List<org.eclipse.swt.widgets.Table> tables = desktop.ui(() -> tables(dialog));
        assertEquals(30, desktop.ui(() -> tables.get(0).getItemCount()), "the contacts picked by hand");
        assertEquals(report.leftOut().size(), desktop.ui(() -> tables.get(1).getItemCount()),
                "every contact left out is listed with why");
        desktop.picture(dialog, "campaign-audience-" + LANGUAGE);
        desktop.ui(() -> {
            tabs.setSelection(3);
            return null;
        });
        desktop.picture(dialog, "campaign-mail-fr-" + LANGUAGE);
        desktop.press(dialog, "fr".equals(LANGUAGE) ? "Annuler" : "Cancel");
    }

    private static List<org.eclipse.swt.widgets.Table> tables(org.eclipse.swt.widgets.Composite parent) {
        List<org.eclipse.swt.widgets.Table> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Table table) {
                found.add(table);
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                found.addAll(tables(inner));
            }
        }
        return found;
    }

    @Test
    @Order(3)
    void aDraftCanBeScheduledToStartByItself() throws Exception {
        Campaign draft = services.campaigns().all().stream().filter(c -> c.status() == CampaignStatus.DRAFT).findFirst()
                .orElseThrow();
        assertEquals(null, draft.scheduledAt());
        desktop.executeLater("org.liaison.campaigns.ui.command.edit", Map.of());
        Shell dialog = desktop.dialog();
        desktop.ui(() -> {
            org.eclipse.swt.widgets.Button box = RunningDesktop.find(dialog, org.eclipse.swt.widgets.Button.class,
                    b -> b.getText().equals(texts.get("field.schedule")));
            box.setSelection(true);
            box.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            return null;
        });
        desktop.picture(dialog, "campaign-settings-" + LANGUAGE);
        desktop.press(dialog, "fr".equals(LANGUAGE) ? "Enregistrer" : "Save");
        desktop.until(() -> services.campaigns().find(draft.id()).orElseThrow().scheduledAt() != null, "the schedule saved");
        java.time.Instant at = services.campaigns().find(draft.id()).orElseThrow().scheduledAt();
        assertTrue(at.isAfter(java.time.Instant.now().plusSeconds(3000)) && at.isBefore(java.time.Instant.now().plusSeconds(3700)),
                "an hour from now, as the form proposes: " + at);
    }

    @Test
    @Order(4)
    void searchFindsACampaignByItsName() {
        CampaignsSearch search = new CampaignsSearch(services);
        List<Entry> found = search.search("dieppe", 10, Locale.forLanguageTag(LANGUAGE));
        assertEquals(1, found.size());
        assertEquals("Invitation: Dieppe cross-Channel meet-up", found.get(0).text());
    }

    @Test
    @Order(5)
    void aCampaignTheServerSendsSaysSo() throws Exception {
        CampaignsPart list = desktop.view(CampaignsUi.LIST_PART, CampaignsPart.class);
        Campaign invitation = services.campaigns().all().stream().filter(c -> c.status() == CampaignStatus.DONE).findFirst()
                .orElseThrow();
        desktop.ui(() -> {
            list.select(invitation.id());
            return null;
        });
        assertFalse(desktop.ui(list::details).contains(texts.get("sentFrom.SERVER")), "the demo's was not sent by the server");
        // as sync leaves a campaign that a desktop connected to the server started
        StoreFixture.service(Store.class).transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE CAMPAIGN SET SENDING_NODE = 'server' WHERE ID = ?")) {
                update.setObject(1, invitation.id());
                return update.executeUpdate();
            }
        });
        desktop.ui(() -> {
            list.refresh();
            return null;
        });
        desktop.until(() -> desktop.ui(list::details).contains(texts.get("sentFrom.SERVER")), "the details say the server sends it");
        desktop.picture(desktop.shell(), "campaigns-sent-by-server-" + LANGUAGE);
    }
}
