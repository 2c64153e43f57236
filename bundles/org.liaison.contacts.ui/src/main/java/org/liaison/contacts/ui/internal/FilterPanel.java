package org.liaison.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.Readiness;
import org.liaison.contacts.Segment;
import org.liaison.contacts.sectors.NaceSector;
import org.liaison.core.i18n.Messages;

/** The criteria beside the contacts list: each choice narrows the list at once. */
final class FilterPanel {

    static final List<String> REGIONS = List.of("GB-ESX", "FR-NOR", "FR-76", "FR-27");
    static final List<String> LANGUAGES = List.of("en", "fr");

    private final Messages texts;
    private final Combo region;
    private final Combo language;
    private final Combo sector;
    private final Combo segment;
    private final Combo readiness;
    private final Combo consent;
    private final Text tag;
    private final Button uncheckedPhones;
    private final List<String> sectorCodes = new ArrayList<>();
    private final List<String> segmentCodes = new ArrayList<>();

    FilterPanel(Composite parent, Messages texts, List<NaceSector> sectors, List<Segment> segments, Consumer<ContactFilter> changed) {
        this.texts = texts;
        Composite panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(4, 3).applyTo(panel);
        GridDataFactory.fillDefaults().grab(false, true).hint(230, SWT.DEFAULT).applyTo(panel);
        Label title = new Label(panel, SWT.NONE);
        title.setText(texts.get("filter.title"));
        region = combo(panel, "filter.region", REGIONS);
        language = combo(panel, "filter.language", LANGUAGES.stream().map(l -> texts.get("language." + l)).toList());
        List<String> sectorLabels = new ArrayList<>();
        for (NaceSector s : sectors) {
            if (s.level() == NaceSector.Level.SECTION || s.level() == NaceSector.Level.DIVISION) {
                sectorCodes.add(s.code());
                sectorLabels.add((s.level() == NaceSector.Level.DIVISION ? "   " : "") + s.code() + " " + s.label(texts.locale()));
            }
        }
        sector = combo(panel, "filter.sector", sectorLabels);
        segments.forEach(s -> segmentCodes.add(s.code()));
        segment = combo(panel, "filter.segment", segments.stream().map(s -> s.label(texts.locale())).toList());
        readiness = combo(panel, "filter.readiness",
                List.of(Readiness.values()).stream().map(r -> texts.get("readiness." + r.name())).toList());
        consent = combo(panel, "filter.consent",
                List.of(ConsentPurpose.values()).stream().map(p -> texts.get("purpose." + p.name())).toList());
        new Label(panel, SWT.NONE).setText(texts.get("filter.tag"));
        tag = new Text(panel, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tag);
        for (Combo combo : List.of(region, language, sector, segment, readiness, consent)) {
            combo.addListener(SWT.Selection, e -> changed.accept(filter()));
        }
        uncheckedPhones = new Button(panel, SWT.CHECK);
        uncheckedPhones.setText(texts.get("filter.uncheckedPhones"));
        uncheckedPhones.addListener(SWT.Selection, e -> changed.accept(filter()));
        tag.addListener(SWT.DefaultSelection, e -> changed.accept(filter()));
        tag.addListener(SWT.FocusOut, e -> changed.accept(filter()));
    }

    private Combo combo(Composite panel, String label, List<String> items) {
        new Label(panel, SWT.NONE).setText(texts.get(label));
        Combo combo = new Combo(panel, SWT.READ_ONLY);
        combo.add(texts.get("filter.any"));
        items.forEach(combo::add);
        combo.select(0);
        combo.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    /** Shows the segments again, after one was added or renamed. */
    void reloadSegments(List<Segment> segments) {
        String chosen = pick(segment, segmentCodes);
        segmentCodes.clear();
        segments.forEach(s -> segmentCodes.add(s.code()));
        segment.removeAll();
        segment.add(texts.get("filter.any"));
        segments.forEach(s -> segment.add(s.label(texts.locale())));
        select(segment, segmentCodes, chosen);
    }

    ContactFilter filter() {
        return ContactFilter.NONE.withRegion(pick(region, REGIONS)).withLanguage(pick(language, LANGUAGES))
                .withSector(pick(sector, sectorCodes)).withSegment(pick(segment, segmentCodes))
                .withReadiness(readiness.getSelectionIndex() > 0 ? Readiness.values()[readiness.getSelectionIndex() - 1] : null)
                .withTag(tag.getText())
                .withConsent(consent.getSelectionIndex() > 0 ? ConsentPurpose.values()[consent.getSelectionIndex() - 1] : null)
                .withUncheckedPhones(uncheckedPhones.getSelection());
    }

    /** Shows a smart group's criteria. */
    void show(ContactFilter filter) {
        select(region, REGIONS, filter.region());
        select(language, LANGUAGES, filter.language());
        select(sector, sectorCodes, filter.sector());
        select(segment, segmentCodes, filter.segment());
        readiness.select(filter.readiness() == null ? 0 : filter.readiness().ordinal() + 1);
        consent.select(filter.consent() == null ? 0 : filter.consent().ordinal() + 1);
        tag.setText(filter.tag() == null ? "" : filter.tag());
        uncheckedPhones.setSelection(filter.uncheckedPhones());
    }

    private static String pick(Combo combo, List<String> values) {
        int index = combo.getSelectionIndex();
        return index > 0 ? values.get(index - 1) : null;
    }

    private static void select(Combo combo, List<String> values, String value) {
        combo.select(value == null ? 0 : values.indexOf(value) + 1);
    }
}
