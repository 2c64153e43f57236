package org.liaison.campaigns.ui.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.liaison.campaigns.AudienceChoice;
import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.AudienceReport;
import org.liaison.campaigns.AudienceSource;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignPurpose;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.RenderedMail;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ui.ContactPicker;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.FormDialog;
import org.liaison.ui.LatestRead;
import org.liaison.ui.Tables;

/**
 * A campaign's settings, its audience (smart groups in and out, with the live count of who gets it
 * and who is left out and why) and its mail in English and in French, with a preview.
 */
final class CampaignDialog extends FormDialog {

    private static final List<String> LANGUAGES = List.of("en", "fr");

    private final CampaignsServices services;
    private final Messages texts;
    private final Campaign editing;
    private final Map<UUID, AudienceSource> handPicked = new LinkedHashMap<>();
    private final Map<UUID, String> pickedNames = new LinkedHashMap<>();
    private final Map<AudienceChoice, Combo> choices = new LinkedHashMap<>();
    private LatestRead counting;
    private ContactPicker picker;
    private Table picked;
    private final Map<String, Text[]> mails = new LinkedHashMap<>();
    private Text name;
    private Combo purpose;
    private Combo consent;
    private Combo language;
    private Text sender;
    private Text senderName;
    private Text replyTo;
    private Spinner perMinute;
    private Spinner perHour;
    private Combo event;
    private Combo niche;
    private List<AudienceChoice> events = List.of();
    private List<AudienceChoice> niches = List.of();
    /** Smart groups, niches and events, read once for the settings and the audience. */
    private List<AudienceChoice> available = List.of();
    private Button scheduled;
    private DateTime scheduleDate;
    private DateTime scheduleTime;
    private Label count;
    private Table leftOut;
    private Text preview;
    private Campaign saved;
    /** The audience as last counted, whose first recipient the preview is for. */
    private AudienceReport counted;

    CampaignDialog(Shell parent, Locale locale, CampaignsServices services, Campaign editing) {
        super(parent, locale);
        this.services = services;
        this.texts = CampaignsTexts.in(locale);
        this.editing = editing;
    }

    Campaign saved() {
        return saved;
    }

    @Override
    protected String heading() {
        return editing == null ? texts.get("dialog.new") : texts.get("dialog.edit", editing.name());
    }

    @Override
    protected String message() {
        return texts.get("dialog.message");
    }

    @Override
    protected void fields(Composite form) {
        available = services.campaigns().audienceChoices(locale);
        events = available.stream().filter(c -> c.kind() == AudienceKind.MEETING).toList();
        niches = available.stream().filter(c -> c.kind() == AudienceKind.NICHE).toList();
        TabFolder tabs = new TabFolder(form, SWT.TOP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(760, 560).applyTo(tabs);
        settingsTab(tab(tabs, texts.get("tab.settings")));
        audienceTab(tab(tabs, texts.get("tab.audience")));
        for (String code : LANGUAGES) {
            mailTab(tab(tabs, texts.get("tab.mail." + code)), code);
        }
        previewTab(tab(tabs, texts.get("tab.preview")));
        fill();
    }

    private static Composite tab(TabFolder tabs, String label) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(label);
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(page);
        item.setControl(page);
        return page;
    }

    private void settingsTab(Composite page) {
        name = text(page, texts.get("field.name"), "name", SWT.NONE);
        purpose = combo(page, texts.get("field.purpose"), "purpose");
        for (CampaignPurpose each : CampaignPurpose.values()) {
            purpose.add(texts.get("purpose." + each.name()));
        }
        consent = combo(page, texts.get("field.consent"), "consentPurpose");
        for (ConsentPurpose each : ConsentPurpose.values()) {
            consent.add(texts.get("consent." + each.name()));
        }
        language = combo(page, texts.get("field.language"), "defaultLanguage");
        LANGUAGES.forEach(code -> language.add(texts.get("language." + code)));
        sender = text(page, texts.get("field.sender"), "senderAddress", SWT.NONE);
        senderName = text(page, texts.get("field.senderName"), "senderName", SWT.NONE);
        replyTo = text(page, texts.get("field.replyTo"), "replyTo", SWT.NONE);
        event = choice(page, texts.get("field.event"), "meetingId", events);
        niche = choice(page, texts.get("field.niche"), "nicheId", niches);
        perMinute = spinner(page, texts.get("field.perMinute"), "perMinute");
        perHour = spinner(page, texts.get("field.perHour"), "perHour");
        scheduled = new Button(page, SWT.CHECK);
        scheduled.setText(texts.get("field.schedule"));
        Composite when = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(when);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(when);
        scheduleDate = new DateTime(when, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        scheduleTime = new DateTime(when, SWT.TIME | SWT.SHORT | SWT.BORDER);
        scheduled.addListener(SWT.Selection, e -> showSchedule());
        register("scheduledAt", when);
    }

    private void showSchedule() {
        scheduleDate.setEnabled(scheduled.getSelection());
        scheduleTime.setEnabled(scheduled.getSelection());
    }

    /** When the campaign starts by itself, in this computer's time zone, or {@code null} when started by hand. */
    private Instant scheduledAt() {
        if (!scheduled.getSelection()) {
            return null;
        }
        return LocalDateTime.of(scheduleDate.getYear(), scheduleDate.getMonth() + 1, scheduleDate.getDay(),
                scheduleTime.getHours(), scheduleTime.getMinutes()).atZone(ZoneId.systemDefault()).toInstant();
    }

    private Combo combo(Composite page, String label, String field) {
        new Label(page, SWT.NONE).setText(label);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(combo);
        register(field, combo);
        return combo;
    }

    /** A choice of one of {@code choices}, or none (the first item). */
    private Combo choice(Composite page, String label, String field, List<AudienceChoice> choices) {
        Combo combo = combo(page, label, field);
        combo.add(texts.get("audience.out"));
        choices.forEach(c -> combo.add(c.name()));
        return combo;
    }

    private static void select(Combo combo, List<AudienceChoice> choices, UUID id) {
        int index = 0;
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).id().equals(id)) {
                index = i + 1;
            }
        }
        combo.select(index);
    }

    private static UUID chosen(Combo combo, List<AudienceChoice> choices) {
        return combo.getSelectionIndex() <= 0 ? null : choices.get(combo.getSelectionIndex() - 1).id();
    }

    private Spinner spinner(Composite page, String label, String field) {
        new Label(page, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(page, SWT.BORDER);
        spinner.setValues(0, 0, 100_000, 0, 1, 60);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(spinner);
        register(field, spinner);
        return spinner;
    }

    private void audienceTab(Composite page) {
        Label help = new Label(page, SWT.WRAP);
        help.setText(texts.get("audience.help"));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(680, SWT.DEFAULT).applyTo(help);
        register("audience", help);
        ScrolledComposite scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 110).applyTo(scroller);
        Composite list = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(list);
        if (available.isEmpty()) {
            new Label(list, SWT.WRAP).setText(texts.get("audience.noChoices"));
        }
        for (AudienceChoice choice : available) {
            new Label(list, SWT.NONE).setText(texts.get("kind." + choice.kind().name()));
            new Label(list, SWT.NONE).setText(choice.name());
            Combo combo = new Combo(list, SWT.READ_ONLY);
            combo.setItems(texts.get("audience.out"), texts.get("audience.in"), texts.get("audience.excluded"));
            combo.select(0);
            combo.addListener(SWT.Selection, e -> recount());
            choices.put(choice, combo);
        }
        scroller.setContent(list);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(list.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        pickedContacts(page);
        count = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(count);
        leftOut = Tables.table(page, SWT.SINGLE, texts, "column.contact", 260, "column.why", 260);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 110).applyTo(leftOut);
        counting = new LatestRead(texts.get("job.count"), texts.get("audience.countFailed"));
    }

    /** Contacts picked by hand, in or kept out, whatever the groups above bring. */
    private void pickedContacts(Composite page) {
        new Label(page, SWT.NONE).setText(texts.get("audience.pick"));
        Composite row = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        picker = new ContactPicker(row, services.contacts(), locale);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(picker.control());
        button(row, texts.get("audience.add"), () -> pick(false));
        button(row, texts.get("audience.keepOut"), () -> pick(true));
        button(row, texts.get("audience.remove"), this::unpick);
        new Label(page, SWT.NONE);
        picked = Tables.table(page, SWT.SINGLE, texts, "column.contact", 260, "column.picked", 160);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(picked);
    }

    private static void button(Composite row, String label, Runnable action) {
        Button button = new Button(row, SWT.PUSH);
        button.setText(label);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(button);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void pick(boolean keepOut) {
        ContactSummary contact = picker.chosen();
        if (contact != null) {
            handPicked.put(contact.id(), new AudienceSource(AudienceKind.CONTACT, contact.id(), keepOut));
            pickedNames.put(contact.id(), contact.name());
            showPicked();
            recount();
        }
    }

    private void unpick() {
        if (picked.getSelectionCount() == 1) {
            handPicked.remove(((AudienceSource) picked.getSelection()[0].getData()).refId());
            showPicked();
            recount();
        }
    }

    private void showPicked() {
        Tables.fill(picked, List.copyOf(handPicked.values()), source -> new String[] {
                pickedNames.getOrDefault(source.refId(), ""),
                texts.get(source.excluded() ? "audience.excluded" : "audience.in")});
    }

    private void mailTab(Composite page, String code) {
        Text subject = text(page, texts.get("field.subject"), "subject", SWT.NONE);
        Text html = text(page, texts.get("field.html"), "html", SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 150).indent(8, 0).applyTo(html);
        Text plain = text(page, texts.get("field.text"), "text", SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 110).indent(8, 0).applyTo(plain);
        Label help = new Label(page, SWT.WRAP);
        help.setText(texts.get("mail.placeholders"));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(680, SWT.DEFAULT).applyTo(help);
        mails.put(code, new Text[] {subject, html, plain});
    }

    private void previewTab(Composite page) {
        Button show = new Button(page, SWT.PUSH);
        show.setText(texts.get("preview.show"));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(show);
        preview = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(preview);
        show.addListener(SWT.Selection, e -> showPreview());
    }

    private void fill() {
        Campaign shown = editing != null ? editing
                : Campaign.draft("", CampaignPurpose.NEWSLETTER, "");
        name.setText(shown.name());
        purpose.select(shown.purpose().ordinal());
        consent.select(shown.consentPurpose().ordinal());
        language.select(Math.max(0, LANGUAGES.indexOf(shown.defaultLanguage())));
        sender.setText(shown.senderAddress());
        senderName.setText(shown.senderName() == null ? "" : shown.senderName());
        replyTo.setText(shown.replyTo() == null ? "" : shown.replyTo());
        select(event, events, shown.meetingId());
        select(niche, niches, shown.nicheId());
        perMinute.setSelection(shown.perMinute());
        perHour.setSelection(shown.perHour());
        scheduled.setSelection(shown.scheduledAt() != null);
        LocalDateTime at = LocalDateTime.ofInstant(shown.scheduledAt() != null ? shown.scheduledAt()
                : Instant.now().plusSeconds(3600), ZoneId.systemDefault());
        scheduleDate.setDate(at.getYear(), at.getMonthValue() - 1, at.getDayOfMonth());
        scheduleTime.setTime(at.getHour(), at.getMinute(), 0);
        showSchedule();
        if (editing == null) {
            return;
        }
        for (AudienceSource source : services.campaigns().audience(editing.id())) {
            choices.entrySet().stream().filter(c -> c.getKey().kind() == source.kind() && c.getKey().id().equals(source.refId()))
                    .findFirst().ifPresentOrElse(c -> c.getValue().select(source.excluded() ? 2 : 1),
                            () -> handPicked.put(source.refId(), source));
        }
        services.profiles().summaries(handPicked.keySet()).forEach((id, summary) -> pickedNames.put(id, summary.name()));
        showPicked();
        for (MailTemplate template : services.campaigns().templates(editing.id())) {
            Text[] fields = mails.get(template.language());
            if (fields != null) {
                fields[0].setText(template.subject());
                fields[1].setText(template.html());
                fields[2].setText(template.text());
            }
        }
        recount();
    }

    private List<AudienceSource> audience() {
        List<AudienceSource> sources = new ArrayList<>(handPicked.values());
        choices.forEach((choice, combo) -> {
            if (combo.getSelectionIndex() > 0) {
                sources.add(new AudienceSource(choice.kind(), choice.id(), combo.getSelectionIndex() == 2));
            }
        });
        return sources;
    }

    /**
     * Counts the audience as chosen now, in the background: the choice is kept on a draft at once,
     * so the count is the one sending would use.
     */
    private void recount() {
        if (editing == null || !editing.status().editable()) {
            count.setText(editing == null ? texts.get("audience.saveFirst") : "");
            return;
        }
        List<AudienceSource> chosen = audience();
        count.setText(texts.get("audience.counting"));
        counting.start(count, count, () -> {
            services.campaigns().saveAudience(editing.id(), chosen, locale);
            return services.campaigns().report(editing.id());
        }, report -> {
            counted = report;
            count.setText(texts.get("audience.count", report.recipients().size(), report.leftOut().size()));
            Tables.fill(leftOut, report.leftOut(), l -> new String[] {l.name(), texts.get("leftOut." + l.reason().name())});
        });
    }

    @Override
    public boolean close() {
        if (counting != null) {
            counting.cancel();
        }
        return super.close();
    }

    private void showPreview() {
        if (editing == null) {
            preview.setText(texts.get("audience.saveFirst"));
            return;
        }
        try {
            saveTemplates(editing.id());
            AudienceReport.Recipient first = counted == null || counted.recipients().isEmpty() ? null
                    : counted.recipients().get(0);
            RenderedMail mail = services.campaigns().preview(editing.id(), first == null ? null : first.contactId(), locale);
            preview.setText(texts.get("preview.as", first == null ? texts.get("preview.sample") : first.name(),
                    mail.subject(), mail.text()));
        } catch (ValidationException e) {
            preview.setText(errors().show(e, preview));
        }
    }

    @Override
    protected Control firstField() {
        return name;
    }

    @Override
    protected void save() {
        Campaign base = editing != null ? editing : Campaign.draft("", CampaignPurpose.NEWSLETTER, "");
        Campaign changed = new Campaign(base.id(), name.getText(), CampaignPurpose.values()[purpose.getSelectionIndex()],
                ConsentPurpose.values()[consent.getSelectionIndex()], LANGUAGES.get(language.getSelectionIndex()),
                sender.getText(), blankToNull(senderName.getText()), blankToNull(replyTo.getText()), chosen(event, events),
                chosen(niche, niches), scheduledAt(), perMinute.getSelection(), perHour.getSelection(), base.status(),
                base.statusReason());
        saved = services.campaigns().save(changed, locale);
        if (saved.status().editable()) {
            services.campaigns().saveAudience(saved.id(), audience(), locale);
            saveTemplates(saved.id());
        }
    }

    private void saveTemplates(UUID campaignId) {
        for (Map.Entry<String, Text[]> mail : mails.entrySet()) {
            Text[] fields = mail.getValue();
            if (!fields[0].getText().isBlank() || !fields[1].getText().isBlank() || !fields[2].getText().isBlank()) {
                services.campaigns().saveTemplate(campaignId, new MailTemplate(mail.getKey(), fields[0].getText(),
                        fields[1].getText(), fields[2].getText()), locale);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
