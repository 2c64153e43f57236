package org.liaison.contacts.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.PersonLink;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;

/** The people a person is tied to (mentor, referrer, partner...), both ways; a new tie is found by the other's name. */
final class LinksTab {

    private final ContactsServices services;
    private final Messages texts;
    private final UUID personId;
    private final Composite root;
    private final Table table;
    private List<PersonLink> links = List.of();

    LinksTab(Composite parent, ContactsServices services, Messages texts, UUID personId) {
        this.services = services;
        this.texts = texts;
        this.personId = personId;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        table = TabParts.table(root, texts, 120, "link.kind", 260, "link.person", 260);
        Composite form = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        new Label(form, SWT.NONE).setText(texts.get("link.kind"));
        Combo kind = new Combo(form, SWT.DROP_DOWN);
        ContactRelations.LINK_KINDS.forEach(k -> kind.add(texts.get("linkKind." + k)));
        kind.select(0);
        Text other = TabParts.labelledText(form, texts, "link.person");
        Button add = new Button(form, SWT.PUSH);
        add.setText(texts.get("affiliation.add"));
        Button remove = new Button(form, SWT.PUSH);
        remove.setText(texts.get("affiliation.remove"));
        Label error = TabParts.errorLine(root);
        add.addListener(SWT.Selection, e -> {
            error.setText("");
            Optional<UUID> found = ContactLookup.unique(services.contacts(), other.getText(), ContactSummary.Kind.PERSON, personId);
            if (found.isEmpty()) {
                error.setText(texts.get("link.notFound", other.getText()));
            } else {
                try {
                    int chosen = kind.getSelectionIndex();
                    String code = chosen >= 0 ? ContactRelations.LINK_KINDS.get(chosen) : kind.getText();
                    services.relations().link(personId, found.get(), code, texts.locale());
                    other.setText("");
                    reload();
                } catch (ValidationException problem) {
                    error.setText(problem.problems().get(0).message());
                }
            }
            root.layout(true, true);
        });
        remove.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0) {
                services.relations().unlink(links.get(index).id());
                reload();
            }
        });
        reload();
    }


    private void reload() {
        links = services.relations().links(personId);
        table.removeAll();
        for (PersonLink link : links) {
            boolean outgoing = link.from().equals(personId);
            UUID other = outgoing ? link.to() : link.from();
            String name = services.contacts().person(other).map(p -> p.displayName()).orElse("?");
            String kind = texts.get("linkKind." + link.kind());
            new TableItem(table, SWT.NONE).setText(new String[] {
                    outgoing ? kind : texts.get("link.inverse", kind.startsWith("!") ? link.kind() : kind), name });
        }
    }

    Control control() {
        return root;
    }
}
