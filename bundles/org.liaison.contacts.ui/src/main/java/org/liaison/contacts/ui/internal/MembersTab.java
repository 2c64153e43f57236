package org.liaison.contacts.ui.internal;

import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.contacts.Affiliation;
import org.liaison.core.i18n.Messages;

/** The people of an organisation, with their role and title. */
final class MembersTab {

    private final Composite root;

    MembersTab(Composite parent, ContactsServices services, Messages texts, UUID organisationId) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        Table table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (String column : new String[] { "column.name", "affiliation.role", "affiliation.title" }) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(texts.get(column));
            c.setWidth(180);
        }
        for (Affiliation a : services.relations().members(organisationId)) {
            String name = services.contacts().person(a.personId()).map(p -> p.displayName()).orElse("?");
            new TableItem(table, SWT.NONE).setText(new String[] { name, a.role() == null ? "" : a.role(),
                    a.title() == null ? "" : a.title() });
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(table);
    }

    Control control() {
        return root;
    }
}
