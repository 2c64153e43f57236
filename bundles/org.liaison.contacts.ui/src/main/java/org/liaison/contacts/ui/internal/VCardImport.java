package org.liaison.contacts.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.Person;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;

/** Adds the people of a vCard file (3.0 or 4.0) after saying how many; a wrong card stops it all, named. */
final class VCardImport {

    private final ContactsServices services;
    private final Messages texts;

    VCardImport(ContactsServices services, Messages texts) {
        this.services = services;
        this.texts = texts;
    }

    void run(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.vcf;*.vcard", "*" });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        String title = texts.get("vcard.title");
        try {
            String cards = Files.readString(Path.of(chosen), StandardCharsets.UTF_8);
            String country = "fr".equals(texts.locale().getLanguage()) ? "FR" : "GB";
            List<Person> people = services.vcards().read(cards, country, texts.locale());
            if (people.isEmpty()) {
                Dialogs.inform(shell, texts, title, texts.get("vcard.none", chosen));
            } else if (Dialogs.confirm(shell, texts, title, texts.get("vcard.confirm", people.size(), chosen))) {
                services.contacts().saveAll(people, texts.locale());
                Dialogs.inform(shell, texts, title, texts.get("vcard.done", people.size()));
            }
        } catch (ValidationException e) {
            Dialogs.inform(shell, texts, title, texts.get("vcard.refused", e.problems().stream().limit(10)
                    .map(Object::toString).collect(Collectors.joining("\n"))));
        } catch (IOException | java.io.UncheckedIOException e) {
            Dialogs.inform(shell, texts, title, texts.get("import.unreadable", chosen, e.getMessage()));
        }
    }
}
