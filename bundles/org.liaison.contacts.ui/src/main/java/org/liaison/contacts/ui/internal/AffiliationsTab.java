package org.liaison.contacts.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;

/** The organisations a person belongs to; a new one is found by its name. */
final class AffiliationsTab {

    private final ContactsServices services;
    private final Messages texts;
    private final UUID personId;
    private final Composite root;
    private final Table table;
    private List<Affiliation> affiliations = List.of();

    AffiliationsTab(Composite parent, ContactsServices services, Messages texts, UUID personId) {
        this.services = services;
        this.texts = texts;
        this.personId = personId;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        table = TabParts.table(root, texts, 120, "affiliation.organisation", 200, "affiliation.role", 100, "affiliation.title", 100,
                "affiliation.from", 100, "affiliation.to", 100);
        Composite form = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        Text organisation = TabParts.labelledText(form, texts, "affiliation.organisation");
        Text role = TabParts.labelledText(form, texts, "affiliation.role");
        Text title = TabParts.labelledText(form, texts, "affiliation.title");
        Text from = TabParts.labelledText(form, texts, "affiliation.fromHint");
        Button add = new Button(form, SWT.PUSH);
        add.setText(texts.get("affiliation.add"));
        Button remove = new Button(form, SWT.PUSH);
        remove.setText(texts.get("affiliation.remove"));
        Label error = TabParts.errorLine(root);
        add.addListener(SWT.Selection, e -> {
            error.setText("");
            try {
                UUID organisationId = ContactLookup.unique(services.contacts(), organisation.getText(),
                        ContactSummary.Kind.ORGANISATION, null).orElse(null);
                if (organisationId == null) {
                    error.setText(texts.get("affiliation.notFound", organisation.getText()));
                } else {
                    LocalDate since = from.getText().isBlank() ? null : LocalDate.parse(from.getText().strip());
                    services.relations().affiliate(new Affiliation(null, personId, organisationId, role.getText(), title.getText(),
                            since, null), texts.locale());
                    organisation.setText("");
                    role.setText("");
                    title.setText("");
                    from.setText("");
                    reload();
                }
            } catch (ValidationException problem) {
                error.setText(problem.problems().get(0).message());
            } catch (DateTimeParseException badDate) {
                error.setText(texts.get("consent.badDate", from.getText()));
            }
            root.layout(true, true);
        });
        remove.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0) {
                services.relations().removeAffiliation(affiliations.get(index).id());
                reload();
            }
        });
        reload();
    }



    private void reload() {
        affiliations = services.relations().affiliations(personId);
        table.removeAll();
        for (Affiliation a : affiliations) {
            String name = services.contacts().organisation(a.organisationId()).map(o -> o.name()).orElse("?");
            new TableItem(table, SWT.NONE).setText(new String[] { name, nonNull(a.role()), nonNull(a.title()),
                    a.from() == null ? "" : a.from().toString(), a.to() == null ? "" : a.to().toString() });
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    Control control() {
        return root;
    }
}
