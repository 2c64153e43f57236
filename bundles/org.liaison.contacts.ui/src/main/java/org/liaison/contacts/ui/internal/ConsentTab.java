package org.liaison.contacts.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
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
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentEvent;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;

/** A person's consent: where it stands for each purpose, the whole ledger, and a form to record a new entry. */
final class ConsentTab {

    private final ConsentLedger ledger;
    private final Messages texts;
    private final UUID contactId;
    private final Composite root;
    private final Label current;
    private final Table history;
    private final Label error;

    ConsentTab(Composite parent, ConsentLedger ledger, Messages texts, UUID contactId) {
        this.ledger = ledger;
        this.texts = texts;
        this.contactId = contactId;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(root);
        current = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(current);
        history = TabParts.table(root, texts, 140, "consent.when", 105, "consent.purpose", 105, "consent.channel", 105,
                "consent.state", 105, "consent.source", 105, "consent.expires", 105);

        Composite form = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        Combo purpose = combo(form, "consent.purpose",
                List.of(ConsentPurpose.values()).stream().map(p -> texts.get("purpose." + p.name())).toList());
        Combo channel = combo(form, "consent.channel",
                List.of(ConsentChannel.values()).stream().map(c -> texts.get("channel." + c.name())).toList());
        Text source = TabParts.labelledText(form, texts, "consent.source");
        Text evidence = TabParts.labelledText(form, texts, "consent.evidence");
        Text expires = TabParts.labelledText(form, texts, "consent.expiresHint");
        Composite buttons = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        Button grant = new Button(buttons, SWT.PUSH);
        grant.setText(texts.get("consent.grant"));
        Button withdraw = new Button(buttons, SWT.PUSH);
        withdraw.setText(texts.get("consent.withdraw"));
        error = TabParts.errorLine(root);
        for (Button button : List.of(grant, withdraw)) {
            button.addListener(SWT.Selection, e -> {
                error.setText("");
                try {
                    Instant expiry = expires.getText().isBlank() ? null
                            : LocalDate.parse(expires.getText().strip()).atStartOfDay(ZoneId.systemDefault()).toInstant();
                    ledger.record(contactId, ConsentPurpose.values()[purpose.getSelectionIndex()],
                            ConsentChannel.values()[channel.getSelectionIndex()], button == grant, source.getText(),
                            evidence.getText().isBlank() ? null : evidence.getText().strip(), expiry, texts.locale());
                    source.setText("");
                    evidence.setText("");
                    expires.setText("");
                    reload();
                } catch (ValidationException problem) {
                    error.setText(problem.problems().get(0).message());
                } catch (DateTimeParseException badDate) {
                    error.setText(texts.get("consent.badDate", expires.getText()));
                }
                root.layout(true, true);
            });
        }
        reload();
    }

    private Combo combo(Composite form, String label, List<String> items) {
        new Label(form, SWT.NONE).setText(texts.get(label));
        Combo combo = new Combo(form, SWT.READ_ONLY);
        items.forEach(combo::add);
        combo.select(0);
        return combo;
    }


    private void reload() {
        List<ConsentEvent> events = ledger.history(contactId);
        history.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale())
                .withZone(ZoneId.systemDefault());
        for (int i = events.size() - 1; i >= 0; i--) {
            ConsentEvent event = events.get(i);
            TableItem item = new TableItem(history, SWT.NONE);
            item.setText(new String[] { when.format(event.recordedAt()), texts.get("purpose." + event.purpose().name()),
                    texts.get("channel." + event.channel().name()), texts.get(event.granted() ? "consent.granted" : "consent.withdrawn"),
                    event.source(), event.expiresAt() == null ? "" : when.format(event.expiresAt()) });
        }
        StringBuilder state = new StringBuilder();
        Instant now = Instant.now();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            List<String> channels = List.of(ConsentChannel.values()).stream()
                    .filter(c -> ledger.granted(contactId, purpose, c, now)).map(c -> texts.get("channel." + c.name())).toList();
            state.append(texts.get("consent.line", texts.get("purpose." + purpose.name()),
                    channels.isEmpty() ? texts.get("consent.none") : String.join(", ", channels))).append('\n');
        }
        current.setText(state.toString().strip());
    }

    Control control() {
        return root;
    }
}
