package org.liaison.niches.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.core.settings.UserSettings;
import org.liaison.niches.Introduction;
import org.liaison.niches.IntroductionStatus;
import org.liaison.niches.Member;
import org.liaison.niches.MemberStatus;
import org.liaison.niches.NeedOffer;
import org.liaison.niches.Niche;
import org.liaison.store.StoreStatus;
import org.liaison.test.desktop.RunningDesktop;
import org.liaison.test.support.StoreFixture;
import org.liaison.workbench.Entry;
import org.liaison.workbench.TodayCard;
import org.liaison.workbench.Workbench;

/**
 * The Niches area in the real desktop, on the demo network, driven through its commands as menus
 * and keys would: niches and members, the niche editor, needs and suggestions, proposing and
 * advancing an introduction with its outcome, the value report, the Today cards and the contact
 * editor's Network tab; pictures of each in the language of the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NichesViewsTest {

    private static final String LANGUAGE = System.getProperty("liaison.language", "en");
    private static final Map<String, String> NONE = Map.of();
    private static final String COMMAND = "org.liaison.niches.ui.command.";

    private static RunningDesktop desktop;
    private static NichesServices services;
    private static Messages texts;

    @BeforeAll
    static void start() throws Exception {
        StoreStatus store = StoreFixture.memory("niches-ui-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, store.state(), () -> store.failure().map(Throwable::getMessage).orElse(""));
        UserSettings settings = StoreFixture.service(UserSettings.class);
        settings.put("sync.firstRunAsked", "true");
        settings.put("layout.area", Workbench.HOME);
        RunningDesktop.loadDemoNetwork();
        services = StoreFixture.service(NichesServices.class);
        texts = NichesTexts.in(Locale.forLanguageTag(LANGUAGE));
        desktop = RunningDesktop.start();
        desktop.execute(Workbench.SHOW_AREA_COMMAND, Map.of(Workbench.AREA_PARAMETER, NichesUi.AREA));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (desktop != null) {
            desktop.close();
        }
    }

    private static String save() {
        return "fr".equals(LANGUAGE) ? "Enregistrer" : "Save";
    }

    @Test
    @Order(1)
    void theNichesAndTheirMembersAreListedAndAMemberMovesByItsCommand() throws Exception {
        desktop.view(NichesUi.NICHES_PART, NichesPart.class);
        desktop.until(() -> desktop.table(texts.get("niches.name")) != null && desktop.table(texts.get("niches.name")).getItemCount() == 5, "the five demo niches");
        Table niches = desktop.table(texts.get("niches.name"));
        desktop.choose(niches, 0);
        Table members = desktop.table(texts.get("members.name"));
        desktop.until(() -> members.getItemCount() > 5, "the chosen niche's members");
        assertTrue(desktop.canExecute(COMMAND + "editNiche", NONE), "a niche is chosen");
        assertTrue(desktop.canExecute(COMMAND + "suggest", NONE), "pairs of the niche can be suggested");
        assertFalse(desktop.canExecute(COMMAND + "memberStatus", Map.of(NichesUi.STATUS_PARAMETER, "JOINED")), "no member chosen");

        Niche niche = desktop.ui(() -> (Niche) niches.getSelection()[0].getData());
        int invited = desktop.ui(() -> {
            for (int i = 0; i < members.getItemCount(); i++) {
                if (((Member) members.getItem(i).getData()).status() == MemberStatus.INVITED) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(invited >= 0, "the demo has invited members");
        desktop.choose(members, invited);
        Member member = desktop.ui(() -> (Member) members.getItem(invited).getData());
        assertTrue(desktop.canExecute(COMMAND + "memberStatus", Map.of(NichesUi.STATUS_PARAMETER, "JOINED")));
        assertFalse(desktop.canExecute(COMMAND + "memberStatus", Map.of(NichesUi.STATUS_PARAMETER, "LEFT")), "an invited member cannot leave");
        desktop.picture(desktop.shell(), "niches-" + LANGUAGE);
        desktop.execute(COMMAND + "memberStatus", Map.of(NichesUi.STATUS_PARAMETER, "JOINED"));
        desktop.until(() -> services.niches().membershipsOf(member.contact().id()).stream()
                .anyMatch(m -> m.nicheId().equals(niche.id()) && m.status() == MemberStatus.JOINED), "the member joined, in the background");
    }

    @Test
    @Order(2)
    void theNicheEditorCountsWhatItsRuleFindsAndSavesOnlyWhenEveryFieldIsRight() throws Exception {
        desktop.executeLater(COMMAND + "newNiche", NONE);
        Shell editor = desktop.dialog();
        desktop.type(editor, "nameEn", "Cider makers");
        desktop.type(editor, "sectors", "11");
        desktop.ui(() -> {
            Button b2c = RunningDesktop.find(editor, Button.class, b -> "B2C".equals(b.getData()));
            b2c.setSelection(true);
            b2c.notifyListeners(SWT.Selection, new Event());
            return null;
        });
        String found = texts.get("niche.countSome", 1).replace("1", "");
        desktop.until(() -> RunningDesktop.find(editor, Label.class, l -> l.getData("org.liaison.niches.ui.count") != null).getText()
                .endsWith(found), "the live count");
        desktop.press(editor, save());
        assertTrue(desktop.ui(() -> !editor.isDisposed() && editor.isVisible()), "the French name is missing: nothing saved, the editor stays");
        desktop.picture(editor, "niche-editor-" + LANGUAGE);
        desktop.type(editor, "nameFr", "Cidriers");
        desktop.press(editor, save());
        desktop.until(editor::isDisposed, "the editor to close once saved");
        assertTrue(services.niches().niches(Locale.ENGLISH).stream().anyMatch(n -> n.nameFr().equals("Cidriers")));
    }

    @Test
    @Order(3)
    void aNeedsSuggestionsShowTheirReasonsAndOneIsProposedAsAnIntroduction() throws Exception {
        desktop.view(NichesUi.NEEDS_PART, NeedsOffersPart.class);
        Table needs = desktop.table(texts.get("needs.column.kind"));
        desktop.until(() -> needs.getItemCount() > 0, "the board of open needs and offers");
        int need = desktop.ui(() -> {
            for (int i = 0; i < needs.getItemCount(); i++) {
                NeedOffer item = (NeedOffer) needs.getItem(i).getData();
                if (item.kind() == NeedOffer.Kind.NEED && !services.matcher().forNeed(item.id(), java.time.LocalDate.now(), 1,
                        Locale.ENGLISH).isEmpty()) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(need >= 0, "a demo need has suggestions");
        desktop.choose(needs, need);
        assertTrue(desktop.canExecute(COMMAND + "needOfferStep", Map.of(NichesUi.STEP_PARAMETER, "RENEW")));
        desktop.picture(desktop.shell(), "needs-" + LANGUAGE);
        desktop.execute(COMMAND + "suggest", NONE);
        Table suggestions = desktop.table(texts.get("suggestions.first"));
        desktop.until(() -> suggestions.getItemCount() > 0, "the suggestions for the need");
        assertFalse(desktop.ui(() -> suggestions.getItem(0).getText(4)).isBlank(), "each suggestion says why");
        desktop.choose(suggestions, 0);
        SuggestionChoice choice = desktop.ui(() -> (SuggestionChoice) suggestions.getItem(0).getData());
        desktop.picture(desktop.shell(), "suggestions-" + LANGUAGE);

        desktop.executeLater(COMMAND + "propose", NONE);
        Shell propose = desktop.dialog();
        desktop.picture(propose, "propose-" + LANGUAGE);
        desktop.press(propose, save());
        desktop.until(propose::isDisposed, "the introduction to be proposed");
        assertTrue(services.introductions().of(choice.first().id()).stream().anyMatch(i -> i.other(choice.first().id())
                .equals(choice.second().id()) && i.status() == IntroductionStatus.PROPOSED && choice.offer().equals(i.offer())));
    }

    @Test
    @Order(4)
    void anIntroductionMovesOnlyAsItsStatusAllowsAndItsOutcomeIsRecorded() throws Exception {
        Introduction proposed = services.introductions().awaitingAnswer(100).stream()
                .filter(i -> i.firstAnswer() == org.liaison.niches.Answer.PENDING && i.secondAnswer() == org.liaison.niches.Answer.PENDING)
                .findFirst().orElseThrow();
        IntroductionsPart view = desktop.view(NichesUi.INTRODUCTIONS_PART, IntroductionsPart.class);
        desktop.ui(() -> {
            view.show(proposed.id());
            return null;
        });
        Table board = desktop.table(texts.get("introductions.first"));
        desktop.until(() -> board.getSelectionCount() == 1 && ((Introduction) board.getSelection()[0].getData()).id().equals(proposed.id()),
                "the introduction chosen");
        desktop.choose(board, desktop.ui(board::getSelectionIndex));
        Map<String, String> accept = Map.of(NichesUi.STEP_PARAMETER, "ACCEPT");
        Map<String, String> met = Map.of(NichesUi.STEP_PARAMETER, "MET");
        assertTrue(desktop.canExecute(COMMAND + "introductionStep", accept));
        assertFalse(desktop.canExecute(COMMAND + "introductionStep", met), "no meeting before both accepted");
        assertFalse(desktop.canExecute(COMMAND + "outcome", NONE));

        Map<UUID, ContactSummary> names = services.profiles().summaries(List.of(proposed.first(), proposed.second()));
        for (UUID side : List.of(proposed.first(), proposed.second())) {
            desktop.executeLater(COMMAND + "introductionStep", accept);
            Shell question = desktop.dialog();
            desktop.press(question, names.get(side).name());
            desktop.until(question::isDisposed, "the answer to be recorded");
        }
        desktop.until(() -> board.getSelectionCount() == 1
                && ((Introduction) board.getSelection()[0].getData()).status() == IntroductionStatus.ACCEPTED, "the introduction accepted");
        desktop.choose(board, desktop.ui(board::getSelectionIndex));
        assertTrue(desktop.canExecute(COMMAND + "introductionStep", met));
        desktop.execute(COMMAND + "introductionStep", met);
        assertEquals(IntroductionStatus.MET, services.introductions().find(proposed.id()).orElseThrow().status());

        desktop.until(() -> board.getSelectionCount() == 1, "the introduction chosen again");
        desktop.choose(board, desktop.ui(board::getSelectionIndex));
        desktop.executeLater(COMMAND + "outcome", NONE);
        Shell outcome = desktop.dialog();
        desktop.type(outcome, "value", "-5 EUR");
        desktop.press(outcome, save());
        assertTrue(desktop.ui(() -> !outcome.isDisposed()), "a negative value is refused; the form stays");
        desktop.type(outcome, "value", "fr".equals(LANGUAGE) ? "12 000,50 \u20ac" : "\u00a312,000.50");
        desktop.picture(outcome, "outcome-" + LANGUAGE);
        desktop.press(outcome, save());
        desktop.until(outcome::isDisposed, "the outcome to be recorded");
        assertEquals("fr".equals(LANGUAGE) ? "12000.50 EUR" : "12000.50 GBP",
                services.introductions().outcomes(proposed.id()).get(0).value().toString());
        desktop.picture(desktop.shell(), "introductions-" + LANGUAGE);
    }

    @Test
    @Order(5)
    void theValueReportShowsBothCurrenciesAndCanBeExported() throws Exception {
        ValueReportPart view = desktop.view(NichesUi.VALUE_PART, ValueReportPart.class);
        desktop.until(() -> view.report() != null, "the report");
        assertTrue(view.report().total().value().size() == 2, "pounds and euros in the demo");
        assertTrue(desktop.canExecute(COMMAND + "exportValue", NONE));
        desktop.picture(desktop.shell(), "value-" + LANGUAGE);
    }

    @Test
    @Order(6)
    void theTodayCardsLinesOpenWhatTheyList() throws Exception {
        Locale locale = Locale.forLanguageTag(LANGUAGE);
        TodayCard.Content awaiting = new AwaitingAnswerCard(services).content(locale);
        assertTrue(awaiting.count() > 0);
        Entry first = awaiting.entries().get(0);
        desktop.execute(first.open().commandId(), first.open().parameters());
        Table board = desktop.table(texts.get("introductions.first"));
        desktop.until(() -> board.getSelectionCount() == 1 && ((Introduction) board.getSelection()[0].getData()).id().toString()
                .equals(first.open().parameters().get(NichesUi.INTRODUCTION_PARAMETER)), "the card's introduction shown");
        assertTrue(new FollowUpsCard(services).content(locale).count() > 0, "the demo has follow-ups due");
        assertTrue(new ExpiringCard(services).content(locale).count() > 0, "and needs to renew");
        List<Entry> found = new NichesSearch(services).search("fr".equals(LANGUAGE) ? "constructeurs" : "boatbuilders", 5, locale);
        assertEquals(1, found.size());
        desktop.execute(found.get(0).open().commandId(), found.get(0).open().parameters());
        Table niches = desktop.table(texts.get("niches.name"));
        desktop.until(() -> niches.getSelectionCount() == 1 && ((Niche) niches.getSelection()[0].getData()).id().toString()
                .equals(found.get(0).open().parameters().get(NichesUi.NICHE_PARAMETER)), "the niche found chosen");

        List<Entry> items = new NichesSearch(services).search("oak barrels", 5, locale);
        assertFalse(items.isEmpty(), "needs and offers are found by the words of their description");
        Entry item = items.get(0);
        desktop.execute(item.open().commandId(), item.open().parameters());
        Table needsBoard = desktop.table(texts.get("needs.column.kind"));
        desktop.until(() -> needsBoard.getSelectionCount() == 1 && ((NeedOffer) needsBoard.getSelection()[0].getData()).id().toString()
                .equals(item.open().parameters().get(NichesUi.NEED_OFFER_PARAMETER)), "the need or offer found chosen on the board");
    }

    @Test
    @Order(7)
    void theContactEditorShowsThePersonsNichesIntroductionsAndReferrals() throws Exception {
        Introduction introduction = services.introductions().board(IntroductionStatus.MET, 10).get(0);
        UUID person = List.of(introduction.first(), introduction.second()).stream()
                .filter(id -> services.profiles().summaries(List.of(id)).get(id).kind() == ContactSummary.Kind.PERSON).findFirst().orElseThrow();
        desktop.executeLater("org.liaison.contacts.ui.command.open", Map.of("org.liaison.contacts.ui.commandparameter.contact", "PERSON:" + person));
        Shell editor = desktop.dialog();
        String network = texts.get("tab.network");
        desktop.ui(() -> {
            TabFolder tabs = RunningDesktop.find(editor, TabFolder.class, t -> true);
            int index = Arrays.asList(tabs.getItems()).stream().map(i -> i.getText()).toList().indexOf(network);
            assertTrue(index > 0, "a Network tab");
            tabs.setSelection(index);
            return null;
        });
        desktop.until(() -> {
            Table introductions = RunningDesktop.find(editor, Table.class, t -> t.getColumnCount() == 2
                    && t.getColumn(0).getText().equals(texts.get("tab.with")));
            return introductions != null && introductions.getItemCount() > 0;
        }, "the person's introductions");
        desktop.picture(editor, "contact-network-" + LANGUAGE);
        desktop.ui(() -> {
            editor.close();
            return null;
        });
    }
}
