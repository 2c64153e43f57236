package org.liaison.desktop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.core.i18n.Messages;
import org.liaison.core.settings.UserSettings;
import org.liaison.store.StoreStatus;
import org.liaison.test.desktop.RunningDesktop;
import org.liaison.test.area.Partners;
import org.liaison.test.support.StoreFixture;
import org.liaison.workbench.Open;
import org.liaison.workbench.Workbench;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The whole desktop as staff use it, in the language the build gives (English, then French):
 * areas in the navigator (the contacts' and a second one from a test bundle), commands run through
 * the application model and enabled by the selection, key bindings, a Today card and the search
 * over two areas, each opening what it lists; the window pictured at 1366x768.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchTest {

    private static final String LANGUAGE = System.getProperty("liaison.language", "en");
    private static final String CONTACTS_AREA = "org.liaison.contacts.ui.area";
    private static final String NICHES_AREA = "org.liaison.niches.ui.area";
    private static final String MEETINGS_AREA = "org.liaison.meetings.ui.area";
    private static final String CAMPAIGNS_AREA = "org.liaison.campaigns.ui.area";
    private static final String CONTACTS = "org.liaison.contacts.ui.command.";
    private static final Map<String, String> NONE = Map.of();

    private static RunningDesktop desktop;
    private static Partners partners;
    private static UserSettings settings;
    private static Messages texts;

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(60_000);
        assertNotNull(service, type.getSimpleName() + " did not start");
        return service;
    }

    @BeforeAll
    static void start() throws Exception {
        StoreStatus store = StoreFixture.memory("desktop-" + UUID.randomUUID()); // a new database at each run
        assertEquals(StoreStatus.State.OPEN, store.state(), () -> store.failure().map(Throwable::getMessage).orElse(""));
        settings = service(UserSettings.class);
        settings.put("sync.firstRunAsked", "true"); // the first-run question is the sync tests' business
        settings.put(LayoutMemory.AREA_KEY, Workbench.HOME); // whatever an earlier run of the tests left
        ContactService contacts = service(ContactService.class);
        contacts.save(Person.named("Marie", "Seiner"), Locale.ENGLISH);
        contacts.save(Person.named("Paul", "Martin"), Locale.ENGLISH);
        contacts.save(Organisation.named("Seine Maritime Conseil"), Locale.ENGLISH);
        partners = service(Partners.class);
        desktop = RunningDesktop.start();
        texts = DesktopTexts.in(Locale.forLanguageTag(LANGUAGE));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (desktop != null) {
            desktop.close();
        }
    }

    private static Table navigator() {
        return RunningDesktop.find(desktop.shell(), Table.class, t -> t.getItemCount() > 0 && t.getItem(0).getData(AreaNavigator.AREA_KEY) != null);
    }

    private static String shownArea() {
        return desktop.ui(() -> ((MPerspectiveStack) desktop.window().getContext().get(EModelService.class)
                .find(Workbench.AREAS, desktop.application)).getSelectedElement().getElementId());
    }

    private static Map<String, String> area(String id) {
        return Map.of(Workbench.AREA_PARAMETER, id);
    }

    @Test
    @Order(1)
    void theNavigatorListsEveryAreaByRankWithItsCount() throws Exception {
        desktop.until(() -> navigator() != null && navigator().getItemCount() == 7, "the navigator to list seven areas");
        List<String> areas = desktop.ui(() -> Arrays.stream(navigator().getItems()).map(i -> (String) i.getData(AreaNavigator.AREA_KEY)).toList());
        assertEquals(List.of(Workbench.HOME, CONTACTS_AREA, NICHES_AREA, MEETINGS_AREA, CAMPAIGNS_AREA, Partners.AREA,
                Workbench.ADMINISTRATION), areas);
        desktop.until(() -> navigator().getItem(1).getText().endsWith("3") && navigator().getItem(5).getText().endsWith("2"),
                "the counts the contacts area and the test area give");
        String partnersLabel = LANGUAGE.equals("fr") ? "Partenaires" : "Partners";
        assertTrue(desktop.ui(() -> navigator().getItem(5).getText()).startsWith(partnersLabel));
        assertEquals(Workbench.HOME, shownArea(), "the area remembered is shown");
        desktop.picture(desktop.shell(), "window-home-" + LANGUAGE);
    }

    @Test
    @Order(2)
    void todayShowsEveryAreasCardsAndALineOpensWhatItLists() throws Exception {
        String title = new Partners().title(Locale.forLanguageTag(LANGUAGE));
        desktop.until(() -> RunningDesktop.find(desktop.shell(), Composite.class, c -> title.equals(c.getData(TodayPart.CARD_KEY))) != null,
                "the test area's card on the Today page");
        Link line = desktop.ui(() -> RunningDesktop.find(desktop.shell(), Link.class,
                l -> l.getData(TodayPart.OPEN_KEY) instanceof Open open && "Sussex Vineyards".equals(open.parameters().get(Partners.NAME))));
        assertNotNull(line, "the card lists Sussex Vineyards");
        desktop.ui(() -> {
            line.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            return null;
        });
        assertEquals(List.of("Sussex Vineyards"), partners.opened(), "the line ran the area's own command");
        for (String card : LANGUAGE.equals("fr") ? List.of("Derniers ajouts", "Synchronisation") : List.of("Recently added", "Sync")) {
            assertNotNull(desktop.ui(() -> RunningDesktop.find(desktop.shell(), Composite.class, c -> card.equals(c.getData(TodayPart.CARD_KEY)))),
                    "the card " + card);
        }
    }

    @Test
    @Order(3)
    void anAreaIsShownByItsCommandAndRememberedForTheNextStart() throws Exception {
        desktop.execute(Workbench.SHOW_AREA_COMMAND, area(CONTACTS_AREA));
        assertEquals(CONTACTS_AREA, shownArea());
        desktop.ui(() -> {
            LayoutMemory.save(desktop.application, desktop.window().getContext().get(EModelService.class), settings); // as on closing
            return null;
        });
        assertEquals(CONTACTS_AREA, settings.get(LayoutMemory.AREA_KEY).orElse(""), "the area is remembered");
        desktop.until(() -> contactsList() != null && contactsList().getItemCount() == 3, "the contacts list to show the three contacts");
        desktop.until(() -> navigator().getSelectionIndex() == 1, "the navigator to follow");
        desktop.picture(desktop.shell(), "window-contacts-" + LANGUAGE);

        settings.put(LayoutMemory.AREA_KEY, Workbench.HOME);
        desktop.ui(() -> {
            LayoutMemory.restore(desktop.application, desktop.window().getContext().get(EModelService.class), settings);
            return null;
        });
        assertEquals(Workbench.HOME, shownArea(), "a start puts back the area remembered");
        desktop.execute(Workbench.SHOW_AREA_COMMAND, area(CONTACTS_AREA));
    }

    private static Table contactsList() {
        return RunningDesktop.find(desktop.shell(), Table.class, t -> t.getHeaderVisible() && t.getColumnCount() == 4);
    }

    private static void select(String... names) {
        desktop.ui(() -> {
            Table list = contactsList();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < list.getItemCount(); i++) {
                if (Arrays.asList(names).contains(list.getItem(i).getText(0))) {
                    rows.add(i);
                }
            }
            assertEquals(names.length, rows.size(), "rows for " + Arrays.toString(names));
            list.setSelection(rows.stream().mapToInt(Integer::intValue).toArray());
            list.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            list.setFocus();
            return null;
        });
    }

    @Test
    @Order(4)
    void theContactCommandsFollowTheSelection() throws Exception {
        desktop.until(() -> contactsList() != null && contactsList().getItemCount() == 3, "the contacts list");
        select();
        assertFalse(desktop.canExecute(CONTACTS + "erase", NONE), "nothing chosen: nothing to erase");
        assertFalse(desktop.canExecute(CONTACTS + "merge", NONE));
        assertFalse(desktop.canExecute(CONTACTS + "open", NONE));
        assertTrue(desktop.canExecute(CONTACTS + "newPerson", NONE));

        select("Marie Seiner");
        assertTrue(desktop.canExecute(CONTACTS + "erase", NONE), "one person chosen");
        assertTrue(desktop.canExecute(CONTACTS + "open", NONE));
        assertFalse(desktop.canExecute(CONTACTS + "merge", NONE), "merging needs two");
        assertTrue(desktop.canExecute("org.liaison.desktop.command.delete", NONE), "Delete in the list erases");

        select("Marie Seiner", "Paul Martin");
        assertTrue(desktop.canExecute(CONTACTS + "merge", NONE), "two people chosen");
        assertFalse(desktop.canExecute(CONTACTS + "erase", NONE), "erasing is for one person at a time");

        select("Marie Seiner", "Seine Maritime Conseil");
        assertFalse(desktop.canExecute(CONTACTS + "merge", NONE), "a person is not merged with an organisation");

        select("Seine Maritime Conseil");
        assertFalse(desktop.canExecute(CONTACTS + "erase", NONE), "an organisation is not erased as a person");

        select("Marie Seiner");
        desktop.ui(() -> RunningDesktop.find(contactsList().getParent(), Text.class, t -> (t.getStyle() & SWT.SEARCH) != 0).setFocus());
        assertFalse(desktop.canExecute("org.liaison.desktop.command.delete", NONE), "Delete in the search box deletes a letter, not a person");
        assertFalse(desktop.canExecute("org.liaison.desktop.command.undo", NONE), "no merge to undo yet");
    }

    @Test
    @Order(5)
    void commandsOpenTheirDialogs() throws Exception {
        desktop.executeLater(CONTACTS + "newPerson", NONE);
        Shell editor = desktop.dialog();
        desktop.picture(editor, "new-person-" + LANGUAGE);
        desktop.ui(() -> { editor.close(); return null; });

        desktop.executeLater("org.liaison.desktop.command.shortcuts", NONE);
        Shell shortcuts = desktop.dialog();
        assertEquals(texts.get("shortcuts.title"), desktop.ui(shortcuts::getText));
        desktop.picture(shortcuts, "shortcuts-" + LANGUAGE);
        desktop.ui(() -> { shortcuts.close(); return null; });
    }

    @Test
    @Order(6)
    void keysAreBoundToTheirCommands() {
        boolean fr = LANGUAGE.equals("fr");
        List<ShortcutsDialog.Shortcut> listed = desktop.ui(() -> ShortcutsDialog.shortcuts(desktop.application, texts));
        Map<String, String> expected = Map.of("Ctrl+N", fr ? "Nouvelle personne\u2026" : "New person...", "Ctrl+K",
                fr ? "Rechercher partout" : "Search everywhere", "F5", fr ? "Actualiser" : "Refresh", fr ? "Suppr" : "Delete", fr ? "Supprimer" : "Delete",
                "Ctrl+Z", fr ? "Annuler" : "Undo", "Ctrl+F", fr ? "Rechercher dans cette vue" : "Find in this view", "Ctrl+E",
                fr ? "Exporter\u2026" : "Export...", "Ctrl+2", texts.get("shortcuts.showArea", "Contacts"),
                fr ? "Maj+Ctrl+N" : "Shift+Ctrl+N", fr ? "Nouvelle organisation\u2026" : "New organisation...");
        for (Map.Entry<String, String> key : expected.entrySet()) {
            assertTrue(listed.contains(new ShortcutsDialog.Shortcut(key.getKey(), key.getValue())), key + " in " + listed);
        }
    }

    @Test
    @Order(7)
    void searchEverywhereListsEachAreasResultsAndOpensTheOneChosen() throws Exception {
        desktop.execute("org.liaison.desktop.command.searchEverywhere", NONE);
        SearchField field = desktop.ui(() -> (SearchField) ((MToolControl) desktop.window().getContext().get(EModelService.class)
                .find("org.liaison.desktop.searchfield", desktop.application)).getObject());
        assertTrue(desktop.ui(() -> field.box().isFocusControl()), "Ctrl+K puts the keyboard in the box");
        desktop.ui(() -> {
            field.box().setText("sei");
            return null;
        });
        desktop.until(() -> field.results().entries().size() == 3, "results from both areas");
        List<String> rows = desktop.ui(() -> field.results().rows());
        String partnersTitle = LANGUAGE.equals("fr") ? "Partenaires" : "Partners";
        assertEquals(List.of("Contacts", "Seine Maritime Conseil", "Marie Seiner", partnersTitle, "Seine Logistique"), rows,
                "grouped by area, the contacts first, each area's in its own order");
        desktop.picture(desktop.shell(), "search-" + LANGUAGE);
        desktop.ui(() -> {
            field.results().move(1);
            field.results().move(1); // the arrows skip the heading
            field.box().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event()); // Enter
            return null;
        });
        assertEquals("Seine Logistique", partners.opened().get(partners.opened().size() - 1), "Enter opened the chosen result");
        assertFalse(desktop.ui(() -> field.results().showing()), "the list closes");
    }

    @Test
    @Order(8)
    void administrationHoldsTheDatabaseAndSyncViews() throws Exception {
        desktop.execute(Workbench.SHOW_AREA_COMMAND, area(Workbench.ADMINISTRATION));
        List<String> tabs = desktop.ui(() -> {
            List<String> titles = new ArrayList<>();
            CTabFolder folder = RunningDesktop.find(desktop.shell(), CTabFolder.class,
                    f -> Arrays.stream(f.getItems()).anyMatch(i -> i.getText().startsWith(LANGUAGE.equals("fr") ? "Base" : "Database")));
            for (CTabItem item : folder.getItems()) {
                titles.add(item.getText());
            }
            return titles;
        });
        assertEquals(LANGUAGE.equals("fr") ? List.of("Base de donn\u00e9es", "Synchronisation") : List.of("Database", "Sync"), tabs);
        desktop.picture(desktop.shell(), "window-administration-" + LANGUAGE);
        assertFalse(desktop.canExecute("org.liaison.sync.ui.command.syncNow", NONE), "working alone: nothing to sync with");
        assertFalse(desktop.canExecute("org.liaison.sync.ui.command.restore", NONE), "no conflict chosen");
        desktop.ui(() -> desktop.window().getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class)
                .showPart("org.liaison.store.ui.part.database", org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE));
        assertTrue(desktop.canExecute("org.liaison.desktop.command.refresh", NONE), "F5 in the Database view");
        desktop.execute("org.liaison.desktop.command.refresh", NONE);
        desktop.execute(Workbench.SHOW_AREA_COMMAND, area(Workbench.HOME));
    }
}
