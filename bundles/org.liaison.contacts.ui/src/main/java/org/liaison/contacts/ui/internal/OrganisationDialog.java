package org.liaison.contacts.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Segment;
import org.liaison.contacts.SizeBand;
import org.liaison.core.i18n.Messages;

/**
 * An organisation: names, legal identifiers (checked as typed into the form, on save), sectors
 * and segments; once saved, its notes, people and timeline.
 */
public class OrganisationDialog extends ContactDialog {

    private final Organisation existing;
    private final List<Button> segmentChecks = new ArrayList<>();
    private List<Segment> segments;
    private Text name;
    private Text companiesHouse;
    private Text siren;
    private Text siret;
    private Text vat;
    private Text website;
    private Text sectors;
    private Text tags;
    private Combo size;
    private Combo region;

    /** @param organisationId the organisation to edit, or {@code null} for a new one */
    public OrganisationDialog(Shell parent, ContactsServices services, Messages texts, UUID organisationId) {
        super(parent, services, texts);
        this.existing = organisationId == null ? null : services.contacts().organisation(organisationId).orElse(null);
    }

    @Override
    protected String heading() {
        return existing == null ? texts.get("organisation.title") : existing.name();
    }

    @Override
    protected String message() {
        return texts.get("organisation.message");
    }

    @Override
    protected void moreTabs(TabFolder tabs) {
        if (existing != null) {
            tab(tabs, "tab.notes", new NotesTab(tabs, services.notes(), texts, existing.id()).control());
            tab(tabs, "tab.people", new MembersTab(tabs, services, texts, existing.id()).control());
            tab(tabs, "tab.timeline", new TimelineTab(tabs, services, texts, existing.id()).control());
            contributedTabs(tabs, ContactSummary.Kind.ORGANISATION, existing.id());
        }
    }

    @Override
    protected Control firstField() {
        return name;
    }

    @Override
    protected Composite details(Composite parent) {
        Composite form = form(parent, 1);
        name = text(form, "organisation.name", "name");
        companiesHouse = text(form, "organisation.companiesHouse", "companiesHouseNumber");
        siren = text(form, "organisation.siren", "siren");
        siret = text(form, "organisation.siret", "siret");
        vat = text(form, "organisation.vat", "vatNumber");
        new Label(form, SWT.NONE).setText(texts.get("organisation.size"));
        size = new Combo(form, SWT.READ_ONLY);
        size.add(texts.get("language.none"));
        Arrays.stream(SizeBand.values()).forEach(b -> size.add(texts.get("size." + b.name())));
        size.select(0);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(size);
        new Label(form, SWT.NONE).setText(texts.get("person.region"));
        region = new Combo(form, SWT.DROP_DOWN);
        region.add("");
        FilterPanel.REGIONS.forEach(region::add);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(region);
        errors.register("region", region);
        website = text(form, "organisation.website", "website");
        sectors = text(form, "organisation.sectors", "sectors");
        sectors.setMessage(texts.get("organisation.sectorsHint"));
        new Label(form, SWT.NONE).setText(texts.get("organisation.segments"));
        Composite checks = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(checks);
        GridDataFactory.fillDefaults().indent(8, 0).applyTo(checks);
        segments = services.contacts().segments();
        for (Segment segment : segments) {
            Button check = new Button(checks, SWT.CHECK);
            check.setText(segment.label(texts.locale()));
            segmentChecks.add(check);
        }
        tags = text(form, "person.tags", "tags");
        if (existing != null) {
            name.setText(existing.name());
            companiesHouse.setText(nonNull(existing.companiesHouseNumber()));
            siren.setText(nonNull(existing.siren()));
            siret.setText(nonNull(existing.siret()));
            vat.setText(nonNull(existing.vatNumber()));
            size.select(existing.sizeBand() == null ? 0 : existing.sizeBand().ordinal() + 1);
            region.setText(nonNull(existing.region()));
            website.setText(nonNull(existing.website()));
            sectors.setText(String.join(", ", existing.sectors()));
            for (int i = 0; i < segments.size(); i++) {
                segmentChecks.get(i).setSelection(existing.segments().contains(segments.get(i).code()));
            }
            tags.setText(String.join(", ", existing.tags()));
        }
        return form;
    }

    @Override
    protected void save() {
        Set<String> chosenSegments = new LinkedHashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            if (segmentChecks.get(i).getSelection()) {
                chosenSegments.add(segments.get(i).code());
            }
        }
        Organisation organisation = new Organisation(existing == null ? null : existing.id(), name.getText(),
                blank(companiesHouse), blank(siren), blank(siret), blank(vat),
                size.getSelectionIndex() > 0 ? SizeBand.values()[size.getSelectionIndex() - 1] : null,
                region.getText().isBlank() ? null : region.getText().strip(), blank(website), list(sectors), chosenSegments,
                list(tags));
        services.contacts().save(organisation, texts.locale());
    }

    private static Set<String> list(Text text) {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(text.getText().split("[,;]")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        return values;
    }

}
