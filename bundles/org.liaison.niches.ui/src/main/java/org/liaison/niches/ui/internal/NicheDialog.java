package org.liaison.niches.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ProfileCriteria;
import org.liaison.contacts.Segment;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.Niche;
import org.liaison.ui.FormDialog;
import org.liaison.ui.LatestRead;

/**
 * A niche's names and descriptions in both languages, its coordinator, and the rule that finds its
 * members: sectors and customer segments, optionally regions and languages. While the rule is
 * edited, a count says how many contacts it finds (read in the background), in red when none.
 */
final class NicheDialog extends FormDialog {

    static final String[] LANGUAGES = {"en", "fr"};

    private final NichesServices services;
    private final Messages texts;
    private final Niche existing;
    private Text nameEn;
    private Text nameFr;
    private Text descriptionEn;
    private Text descriptionFr;
    private Text coordinator;
    private Text sectors;
    private Label sectorTitles;
    private final List<Button> segments = new ArrayList<>();
    private Text regions;
    private final List<Button> languages = new ArrayList<>();
    private Label count;
    private LatestRead counting;
    private Niche saved;

    NicheDialog(Shell parent, NichesServices services, Messages texts, Niche existing) {
        super(parent, texts.locale());
        this.services = services;
        this.texts = texts;
        this.existing = existing;
    }

    Niche saved() {
        return saved;
    }

    @Override
    protected String heading() {
        return existing == null ? texts.get("niche.new") : existing.name(texts.locale());
    }

    @Override
    protected String message() {
        return texts.get("niche.message");
    }

    @Override
    protected void fields(Composite form) {
        nameEn = text(form, texts.get("niche.nameEn"), "nameEn", SWT.NONE);
        nameFr = text(form, texts.get("niche.nameFr"), "nameFr", SWT.NONE);
        descriptionEn = text(form, texts.get("niche.descriptionEn"), "descriptionEn", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        descriptionFr = text(form, texts.get("niche.descriptionFr"), "descriptionFr", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        coordinator = text(form, texts.get("niche.coordinator"), "coordinator", SWT.NONE);
        sectors = text(form, texts.get("niche.sectors"), "sectors", SWT.NONE);
        sectors.setMessage(texts.get("niche.sectors.hint"));
        new Label(form, SWT.NONE);
        sectorTitles = new Label(form, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).indent(8, 0).applyTo(sectorTitles);

        new Label(form, SWT.NONE).setText(texts.get("niche.segments"));
        Composite segmentBoxes = row(form);
        register("segments", segmentBoxes);
        for (Segment segment : services.contacts().segments()) {
            Button box = new Button(segmentBoxes, SWT.CHECK);
            box.setText(segment.label(texts.locale()));
            box.setData(segment.code());
            box.addListener(SWT.Selection, e -> ruleChanged());
            segments.add(box);
        }
        regions = text(form, texts.get("niche.regions"), "regions", SWT.NONE);
        regions.setMessage(texts.get("niche.regions.hint"));
        new Label(form, SWT.NONE).setText(texts.get("niche.languages"));
        Composite languageBoxes = row(form);
        register("languages", languageBoxes);
        for (String language : LANGUAGES) {
            Button box = new Button(languageBoxes, SWT.CHECK);
            box.setText(texts.get("language." + language));
            box.setData(language);
            box.addListener(SWT.Selection, e -> ruleChanged());
            languages.add(box);
        }
        new Label(form, SWT.NONE).setText(texts.get("niche.count"));
        count = new Label(form, SWT.NONE);
        count.setData("org.liaison.niches.ui.count", Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(count);

        if (existing != null) {
            nameEn.setText(existing.nameEn());
            nameFr.setText(existing.nameFr());
            descriptionEn.setText(existing.description(java.util.Locale.ENGLISH));
            descriptionFr.setText(existing.description(java.util.Locale.FRENCH));
            coordinator.setText(existing.coordinator() == null ? "" : existing.coordinator());
            sectors.setText(Codes.join(existing.rule().sectors()));
            regions.setText(Codes.join(existing.rule().regions()));
            segments.forEach(box -> box.setSelection(existing.rule().segments().contains(box.getData())));
            languages.forEach(box -> box.setSelection(existing.rule().languages().contains(box.getData())));
        } else {
            coordinator.setText(services.staff());
        }
        sectors.addListener(SWT.Modify, e -> ruleChanged());
        regions.addListener(SWT.Modify, e -> ruleChanged());
        ruleChanged();
    }

    private static Composite row(Composite form) {
        Composite row = new Composite(form, SWT.NONE);
        RowLayoutFactory.swtDefaults().margins(0, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(row);
        return row;
    }

    private static Set<String> chosen(List<Button> boxes) {
        return boxes.stream().filter(Button::getSelection).map(b -> (String) b.getData())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    ProfileCriteria rule() {
        return new ProfileCriteria(Codes.parse(sectors.getText()), chosen(segments), Codes.parse(regions.getText()), chosen(languages));
    }

    /** Names the sectors typed and counts, in the background, the contacts the rule finds. */
    private void ruleChanged() {
        sectorTitles.setText(Codes.parse(sectors.getText()).stream().map(code -> services.sectors().normalize(code)
                .flatMap(services.sectors()::sector).map(s -> s.code() + " " + s.label(texts.locale()))
                .orElse(texts.get("niche.sectorUnknown", code))).collect(Collectors.joining("; ")));
        sectorTitles.getParent().layout(true, true);
        if (counting == null) {
            counting = new LatestRead(texts.get("job.count"), texts.get("niche.countFailed"));
        }
        ProfileCriteria rule = rule();
        if (!rule.selectsAnything()) {
            counting.cancel();
            showCount(-1);
            return;
        }
        count.setText(texts.get("niche.counting"));
        counting.start(count, count, () -> services.niches().count(rule), this::showCount);
    }

    private void showCount(long found) {
        count.setText(found < 0 ? texts.get("niche.countIncomplete") : found == 0 ? texts.get("niche.countNone")
                : texts.get("niche.countSome", found));
        count.setForeground(found == 0 ? count.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        count.getParent().layout(true, true);
    }

    @Override
    protected Control firstField() {
        return nameEn;
    }

    @Override
    protected void save() {
        saved = services.niches().save(new Niche(existing == null ? null : existing.id(), nameEn.getText(), nameFr.getText(),
                blank(descriptionEn), blank(descriptionFr), rule(), blank(coordinator)), texts.locale());
    }
}
