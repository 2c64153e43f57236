package org.liaison.contacts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactMerger;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.Readiness;
import org.liaison.contacts.SizeBand;
import org.liaison.contacts.io.ImportDecision;
import org.liaison.contacts.io.ImportField;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.TranslationAudit;

class ContactsTextsTest {

    @Test
    void everyTextIsTranslated() {
        // words both languages write alike
        assertEquals(List.of(), TranslationAudit.compare(Path.of("OSGI-INF/l10n/bundle"), Set.of("part.contacts", "area.contacts", "menu.contacts")));
        assertEquals(List.of(), TranslationAudit.compare(Path.of("src/main/resources/org/liaison/contacts/ui/internal/messages"),
                Set.of("kind.ORGANISATION", "role.ENTREPRENEUR", "loading", "affiliation.organisation", "column.kind",
                        "consent.source", "duplicates.organisations", "export.fileName", "export.title", "field.SOURCE",
                        "merge.field.SOURCE", "notes.heading", "organisation.siren", "organisation.siret", "tab.notes",
                        "tab.organisations", "area.title", "today.imports", "open.title", "formField.source", "field.type", "fieldType.DATE", "segment.code", "field.ORGANISATION", "formField.organisation",
                        "field.NOTES", "formField.notes", "program.OUTLOOK", "program.GOOGLE", "program.LINKEDIN", "program.MAILCHIMP",
                        "program.BREVO", "program.CIVICRM", "program.ODOO", "program.HUBSPOT")));
        assertEquals(List.of(), TranslationAudit.modelLabels(Path.of("fragment.e4xmi"), Path.of("OSGI-INF/l10n/bundle.properties")));
    }

    @Test
    void everyChoiceHasAText() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            Messages texts = ContactsTexts.in(locale);
            for (Readiness r : Readiness.values()) {
                assertFalse(texts.get("readiness." + r.name()).startsWith("!"), r.name());
            }
            for (ContactRole r : ContactRole.values()) {
                assertFalse(texts.get("role." + r.name()).startsWith("!"), r.name());
            }
            List<String> keys = new java.util.ArrayList<>();
            List.of(ImportField.values()).forEach(f -> keys.add("field." + f.name()));
            // the import review names the field of a wrong cell by the column's field
            List.of(ImportField.values()).forEach(f -> keys.add("formField." + f.name().toLowerCase(Locale.ROOT)));
            List.of(ImportDecision.values()).forEach(d -> keys.add("import.decide." + d.name()));
            List.of(org.liaison.contacts.io.ExportProgram.values()).forEach(p -> keys.add("program." + p.name()));
            List.of(ConsentPurpose.values()).forEach(p -> keys.add("purpose." + p.name()));
            List.of(ConsentChannel.values()).forEach(c -> keys.add("channel." + c.name()));
            List.of(SizeBand.values()).forEach(b -> keys.add("size." + b.name()));
            List.of(ContactMerger.Field.values()).forEach(f -> keys.add("merge.field." + f.name()));
            List.of(org.liaison.contacts.CustomFieldType.values()).forEach(t -> keys.add("fieldType." + t.name()));
            List.of(org.liaison.contacts.BarrierKind.values()).forEach(b -> keys.add("barrier." + b.name()));
            org.liaison.contacts.ContactRelations.LINK_KINDS.forEach(k -> keys.add("linkKind." + k));
            for (String key : keys) {
                assertFalse(texts.get(key).startsWith("!"), key);
            }
        }
    }
}
