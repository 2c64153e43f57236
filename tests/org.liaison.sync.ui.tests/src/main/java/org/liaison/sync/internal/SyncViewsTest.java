package org.liaison.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Person;
import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.core.i18n.Messages;
import org.liaison.core.settings.UserSettings;
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
import org.liaison.store.StoreFactory;
import org.liaison.store.StoreStatus;
import org.liaison.sync.SyncService;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.test.desktop.RunningDesktop;
import org.liaison.test.support.ServerProduct;
import org.liaison.test.support.StoreFixture;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A desktop's first start against the real server product, as staff live it, in the language the
 * build gives: the question (work alone, or connect: {@code liaison.firstRun} says which answer
 * this run gives), the Sync view's connection form with its mistakes, the certificate compared,
 * the sign-in, an edit that lost to a colleague's listed and put back, then working alone again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncViewsTest {

    private static final String LANGUAGE = System.getProperty("liaison.language", "en");
    private static final String ANSWER = System.getProperty("liaison.firstRun", "connect");
    private static final String SYNC_PART = "org.liaison.sync.ui.part.sync";
    private static final String COMMAND = "org.liaison.sync.ui.command.";
    private static final String FIRST_RUN_ASKED = "sync.firstRunAsked";
    private static final Map<String, String> NONE = Map.of();

    private static ServerProduct server;
    private static String colleaguePassword;
    private static RunningDesktop desktop;
    private static SyncService sync;
    private static ContactService contacts;
    private static UserSettings settings;
    private static Messages texts;
    private static Person marie;

    @BeforeAll
    static void start() throws Exception {
        Path home = Path.of(System.getProperty("liaison.home"));
        server = ServerProduct.start(home.resolveSibling(home.getFileName() + "-server"));
        colleaguePassword = server.addAccount("claire", "staff");
        StoreStatus store = StoreFixture.memory("sync-views-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, store.state(), () -> store.failure().map(Throwable::getMessage).orElse(""));
        settings = StoreFixture.service(UserSettings.class);
        assertTrue(settings.get(FIRST_RUN_ASKED).isEmpty(), "a first start: no answer kept from an earlier run");
        sync = StoreFixture.service(SyncService.class);
        contacts = StoreFixture.service(ContactService.class);
        marie = contacts.save(Person.named("Marie", "Seiner"), Locale.ENGLISH);
        texts = syncTexts(Locale.forLanguageTag(LANGUAGE));
        desktop = RunningDesktop.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        try {
            if (desktop != null) {
                desktop.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The sync views' own texts, from their bundle, in {@code locale}. */
    private static Messages syncTexts(Locale locale) throws ClassNotFoundException {
        Bundle views = Arrays.stream(FrameworkUtil.getBundle(SyncViewsTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.liaison.sync.ui")).findFirst().orElseThrow();
        return Messages.of("org.liaison.sync.ui.internal.messages", views.loadClass("org.liaison.sync.ui.internal.SyncPart"), locale);
    }

    @Test
    @Order(1)
    void theFirstStartAsksWhetherToWorkAloneOrConnect() throws Exception {
        Shell question = shellTitled(texts.get("firstRun.title"));
        assertNotNull(desktop.ui(() -> RunningDesktop.find(question, Label.class, l -> l.getText().equals(texts.get("firstRun.message")))),
                "the question says what each answer means");
        desktop.picture(question, "first-run-" + LANGUAGE);
        desktop.press(question, texts.get("firstRun." + ANSWER));
        desktop.until(question::isDisposed, "the question to close");
        assertEquals("true", settings.get(FIRST_RUN_ASKED).orElse(null), "asked once");
        if (ANSWER.equals("alone")) {
            assertFalse(syncViewShown(), "working alone opens nothing");
            assertTrue(sync.status().server().isEmpty());
            desktop.execute(COMMAND + "show", NONE); // Administration, Sync: connecting later
        }
        desktop.until(SyncViewsTest::syncViewShown, "the Sync view");
        assertNotNull(button(texts.get("check")), "the Sync view shows its connection form");
    }

    @Test
    @Order(2)
    void theConnectionFormSaysWhatIsMissingThenConnectsOnceTheCertificateIsConfirmed() throws Exception {
        type(serverField(), "http://" + server.address.getAuthority());
        assertSaid(pressAndRead(texts.get("connect")), texts.get("error.server"));

        type(serverField(), server.address.toString());
        assertSaid(pressAndRead(texts.get("connect")), texts.get("error.fingerprint"));

        press(texts.get("check"));
        desktop.until(() -> !fingerprintField().getText().isBlank(), "the certificate's fingerprint");
        assertEquals(server.fingerprint, desktop.ui(() -> fingerprintField().getText()), "the fingerprint the server printed");
        desktop.ui(() -> {
            Button confirm = RunningDesktop.find(desktop.shell(), Button.class, b -> (b.getStyle() & SWT.CHECK) != 0 && b.isEnabled());
            confirm.setSelection(true);
            return null;
        });
        assertSaid(pressAndRead(texts.get("connect")), texts.get("error.account"));

        type(fieldAfter(texts.get("account")), "admin");
        type(fieldAfter(texts.get("password")), server.adminPassword);
        desktop.picture(desktop.shell(), "sync-connect-" + LANGUAGE);
        press(texts.get("connect"));
        String connected = texts.get("connected", server.address, "admin");
        desktop.until(() -> label(connected) != null, "the Sync view to say it is connected");
        assertEquals(server.address, sync.status().server().orElseThrow());
        desktop.until(() -> sync.status().pending() == 0, "Marie sent with the first sync");
        desktop.picture(desktop.shell(), "sync-connected-" + LANGUAGE);
    }

    @Test
    @Order(3)
    void anEditThatLostToAColleaguesIsListedAndPutBack() throws Exception {
        OpenStore colleague = colleaguesDesktop();
        SyncEngine colleagueSync = engine(colleague);
        colleagueSync.sync();
        assertEquals("Seiner", familyName(colleague), "the colleague has Marie");

        contacts.save(renamed(contacts.person(marie.id()).orElseThrow(), "Seiner-Dupont"), Locale.ENGLISH);
        desktop.execute(COMMAND + "syncNow", NONE);
        desktop.until(() -> sync.status().pending() == 0 && !sync.status().running(), "the renaming sent");
        colleague.store().transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE CONTACT_PERSON SET FAMILY_NAME = ? WHERE ID = ?")) {
                update.setString(1, "Seyner");
                update.setObject(2, marie.id());
                return update.executeUpdate(); // later, without having seen this desktop's renaming
            }
        });
        colleagueSync.sync();
        desktop.execute(COMMAND + "syncNow", NONE);
        desktop.until(() -> !sync.status().running() && "Seyner".equals(contacts.person(marie.id()).orElseThrow().familyName()),
                "the colleague's renaming received");

        press(texts.get("conflicts.refresh"));
        desktop.until(() -> conflictsTable() != null && conflictsTable().getItemCount() == 1, "the lost renaming listed");
        List<String> person = LANGUAGE.equals("fr") ? List.of("Personne", "Marie Seyner", "Nom") : List.of("Person", "Marie Seyner", "Family name");
        assertEquals(Stream.concat(person.stream(), Stream.of("Seyner", "claire", "Seiner-Dupont", "admin")).toList(),
                desktop.ui(() -> {
                    TableItem row = conflictsTable().getItem(0);
                    return IntStream.range(0, 7).mapToObj(row::getText).toList();
                }), "the record and its field in words, the value kept and who wrote it, the value lost and who wrote it");
        desktop.picture(desktop.shell(), "sync-conflicts-" + LANGUAGE);

        desktop.ui(() -> { // the view is rebuilt after each sync in the background: the list it shows now
            Table shown = conflictsTable();
            shown.setSelection(0);
            shown.notifyListeners(SWT.Selection, new Event());
            return null;
        });
        desktop.execute(COMMAND + "syncNow", NONE); // a sync rebuilds the view: the conflict chosen stays chosen
        desktop.until(() -> !sync.status().running() && conflictsTable() != null && conflictsTable().getSelectionCount() == 1,
                "the view rebuilt after the sync, the conflict still chosen");
        assertSaid(pressAndRead(texts.get("restore")), texts.get("restored"));
        assertEquals("Seiner-Dupont", contacts.person(marie.id()).orElseThrow().familyName(), "put back on this desktop");
        desktop.execute(COMMAND + "syncNow", NONE);
        desktop.until(() -> sync.status().pending() == 0 && !sync.status().running(), "the value put back sent");
        colleagueSync.sync();
        assertEquals("Seiner-Dupont", familyName(colleague), "and on the colleague's");
    }

    @Test
    @Order(4)
    void aDesktopThatTurnsOutToBeACopyCarriesOnAsANewDeviceAndSaysSo() throws Exception {
        // as a copy of the database taken earlier would: this desktop numbers its next change as one it already sent
        StoreFixture.service(Store.class).transaction(connection -> {
            try (java.sql.Statement restart = connection.createStatement()) {
                return restart.executeUpdate("ALTER TABLE LIAISON_OUTBOX ALTER COLUMN SEQ RESTART WITH 1");
            }
        });
        contacts.save(renamed(contacts.person(marie.id()).orElseThrow(), "Seiner-Copie"), Locale.ENGLISH);
        desktop.execute(COMMAND + "syncNow", NONE);
        String[] sentence = texts.get("newDevice", "\u0000").split("\u0000");
        desktop.until(() -> !sync.status().running() && sync.status().pending() == 0 && desktop.ui(() -> RunningDesktop.find(desktop.shell(),
                Label.class, l -> l.getText().startsWith(sentence[0]) && l.getText().endsWith(sentence[1]))) != null,
                "the Sync view to say this desktop carries on as a new device");
        assertTrue(sync.status().newDevice().isPresent());
        desktop.picture(desktop.shell(), "sync-new-device-" + LANGUAGE);
        OpenStore colleague = colleaguesDesktop();
        engine(colleague).sync();
        assertEquals("Seiner-Copie", familyName(colleague), "the change made on the copy reached the colleague, not taken for one sent before");
    }

    @Test
    @Order(5)
    void workingAloneAgainAsksFirstThenLeavesTheServer() throws Exception {
        desktop.executeLater(COMMAND + "workAlone", NONE);
        Shell confirm = shellTitled(texts.get("disconnect"));
        desktop.picture(confirm, "sync-work-alone-" + LANGUAGE);
        desktop.ui(() -> {
            confirm.getDefaultButton().notifyListeners(SWT.Selection, new Event());
            return null;
        });
        desktop.until(() -> sync.status().server().isEmpty() && button(texts.get("check")) != null, "the connection form again");
        assertEquals("Seiner-Copie", contacts.person(marie.id()).orElseThrow().familyName(), "everything stays on this computer");
    }

    /** A colleague's desktop, signed in to the same server as claire. */
    private static OpenStore colleaguesDesktop() {
        OpenStore store = StoreFixture.service(StoreFactory.class).openInMemory("colleague-" + UUID.randomUUID(), HybridLogicalClocks.over(java.time.Clock.systemUTC()));
        ClientState.connect(store.store(), server.address, server.fingerprint, "claire", "claire-laptop");
        LoginResponse session = new HttpsTransport(server.address, server.fingerprint)
                .login(new LoginRequest("claire", colleaguePassword, "claire-laptop", null));
        ClientState.signedIn(store.store(), session.deviceId(), session.token(), session.expiresAt());
        return store;
    }

    private static SyncEngine engine(OpenStore store) {
        return new SyncEngine(store.store(), store.outbox(), store.remoteChanges(), new HttpsTransport(server.address, server.fingerprint),
                store.networkKeys());
    }

    private static String familyName(OpenStore store) {
        return store.store().transaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT FAMILY_NAME FROM CONTACT_PERSON WHERE ID = ?")) {
                query.setObject(1, marie.id());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    private static Person renamed(Person p, String familyName) {
        return new Person(p.id(), p.givenName(), familyName, p.preferredLanguage(), p.languages(), p.region(), p.address(), p.role(),
                p.readiness(), p.source(), p.referredBy(), p.ownerStaff(), p.emails(), p.phones(), p.tags(), p.barriers());
    }

    private static boolean syncViewShown() {
        MPart part = (MPart) desktop.window().getContext().get(EModelService.class).find(SYNC_PART, desktop.application);
        return part != null && part.isToBeRendered() && part.getWidget() instanceof Control control
                && control.isVisible();
    }

    private static Shell shellTitled(String title) throws InterruptedException {
        desktop.until(() -> Arrays.stream(desktop.display.getShells()).anyMatch(s -> s.isVisible() && title.equals(s.getText())),
                "a window titled " + title);
        return desktop.ui(() -> Arrays.stream(desktop.display.getShells()).filter(s -> s.isVisible() && title.equals(s.getText()))
                .findFirst().orElseThrow());
    }

    private static Button button(String label) {
        return desktop.ui(() -> RunningDesktop.find(desktop.shell(), Button.class, b -> b.getText().replace("&", "").equals(label)));
    }

    private static Label label(String text) {
        return desktop.ui(() -> RunningDesktop.find(desktop.shell(), Label.class, l -> l.getText().equals(text)));
    }

    /** Presses the Sync view's button {@code label} once the view takes input (it is disabled while it waits for the server). */
    private static void press(String label) throws InterruptedException {
        pressAndRead(label);
    }

    /**
     * Presses {@code label} and gives back the view's labels as they are right after, before a sync in
     * the background may rebuild the view and its message.
     */
    private static List<String> pressAndRead(String label) throws InterruptedException {
        desktop.until(() -> button(label) != null && button(label).isEnabled() && viewBody(button(label)).isEnabled(),
                "the button " + label);
        return desktop.ui(() -> {
            Button button = button(label);
            Composite body = viewBody(button);
            button.notifyListeners(SWT.Selection, new Event());
            return body.isDisposed() ? List.<String>of()
                    : Arrays.stream(body.getChildren()).filter(Label.class::isInstance).map(c -> ((Label) c).getText()).toList();
        });
    }

    /** The Sync view's body: the composite its forms are built in, disabled while it waits. */
    private static Composite viewBody(Control control) {
        Composite parent = control.getParent();
        while (!(parent.getParent() instanceof ScrolledComposite)) {
            parent = parent.getParent();
        }
        return parent;
    }

    private static void assertSaid(List<String> shown, String expected) {
        assertTrue(shown.contains(expected), "the view should say '" + expected + "'; it shows " + shown);
    }

    private static Text serverField() {
        return desktop.ui(() -> RunningDesktop.find(desktop.shell(), Text.class, t -> "https://liaison.example.org:8443".equals(t.getMessage())));
    }

    private static Text fingerprintField() {
        return fieldAfter(texts.get("fingerprint"));
    }

    /** The text field the form puts right after the label {@code name}. */
    private static Text fieldAfter(String name) {
        return desktop.ui(() -> {
            Label label = RunningDesktop.find(desktop.shell(), Label.class, l -> l.getText().equals(name + ":"));
            Control[] siblings = label.getParent().getChildren();
            return (Text) siblings[Arrays.asList(siblings).indexOf(label) + 1];
        });
    }

    private static Table conflictsTable() {
        return RunningDesktop.find(desktop.shell(), Table.class,
                t -> t.getColumnCount() == 7 && t.getColumn(0).getText().equals(texts.get("column.kind")));
    }

    private static void type(Text field, String text) {
        desktop.ui(() -> {
            field.setText(text);
            return null;
        });
    }
}
