package org.liaison.contacts.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.contacts.TimelineEntry;
import org.liaison.contacts.TimelineSource;
import org.liaison.core.i18n.Messages;

/** Everything that happened with a contact, newest first, from every area that registered a timeline source. */
final class TimelineTab {

    private final Composite root;

    TimelineTab(Composite parent, ContactsServices services, Messages texts, UUID contactId) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineSource source : services.timelineSources()) {
            entries.addAll(source.entries(contactId, texts.locale()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        Table table = TabParts.table(root, texts, 200, "timeline.when", 140, "timeline.what", 480);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault());
        for (TimelineEntry entry : entries) {
            new TableItem(table, SWT.NONE).setText(new String[] { format.format(entry.at()), entry.text().replace('\n', ' ') });
        }
        Label hint = new Label(root, SWT.WRAP);
        hint.setText(texts.get("timeline.hint"));
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(hint);
    }

    Control control() {
        return root;
    }
}
