package org.liaison.contacts.ui.internal;

import java.util.UUID;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.contacts.Affiliation;
import org.liaison.core.i18n.Messages;

/** The people of an organisation, with their role and title. */
final class MembersTab {

    private final Composite root;

    MembersTab(Composite parent, ContactsServices services, Messages texts, UUID organisationId) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        Table table = TabParts.table(root, texts, 200, "column.name", 180, "affiliation.role", 180, "affiliation.title", 180);
        for (Affiliation a : services.relations().members(organisationId)) {
            String name = services.contacts().person(a.personId()).map(p -> p.displayName()).orElse("?");
            new TableItem(table, SWT.NONE).setText(new String[] { name, a.role() == null ? "" : a.role(),
                    a.title() == null ? "" : a.title() });
        }
    }

    Control control() {
        return root;
    }
}
