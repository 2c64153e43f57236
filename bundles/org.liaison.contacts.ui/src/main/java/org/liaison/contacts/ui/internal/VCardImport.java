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

/**
 * Adds the people of a vCard file (3.0 or 4.0) after saying how many, leaving out those already
 * recorded (same email or phone) and those who asked to be erased; a wrong card stops it all, named.
 */
final class VCardImport {

    private final ContactsServices services;
    private final Messages texts;

    VCardImport(ContactsServices services, Messages texts) {
        this.services = services;
        this.texts = texts;
    }

    private static java.util.stream.Stream<String> addresses(Person person) {
        return java.util.stream.Stream.concat(person.emails().stream().map(e -> e.address()),
                person.phones().stream().map(p -> p.number()));
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
            List<Person> read = services.vcards().read(cards, country, texts.locale());
            // the people asked to be erased are never added again; those already here are left as they are
            List<Person> erased = read.stream().filter(p -> addresses(p).anyMatch(services.dataProtection()::suppressed)).toList();
            List<Person> known = read.stream().filter(p -> !erased.contains(p))
                    .filter(p -> addresses(p).anyMatch(a -> services.contacts().findByEmailOrPhone(a).isPresent())).toList();
            List<Person> added = read.stream().filter(p -> !erased.contains(p) && !known.contains(p)).toList();
            if (added.isEmpty()) {
                Dialogs.inform(shell, texts, title, texts.get("vcard.none", chosen, known.size(), erased.size()));
            } else if (Dialogs.confirm(shell, texts, title,
                    texts.get("vcard.confirm", added.size(), chosen, known.size(), erased.size()))) {
                services.contacts().saveAll(added, texts.locale());
                Dialogs.inform(shell, texts, title, texts.get("vcard.done", added.size()));
            }
        } catch (ValidationException e) {
            Dialogs.inform(shell, texts, title, texts.get("vcard.refused", e.problems().stream().limit(10)
                    .map(Object::toString).collect(Collectors.joining("\n"))));
        } catch (IOException | java.io.UncheckedIOException e) {
            Dialogs.inform(shell, texts, title, texts.get("import.unreadable", chosen, e.getMessage()));
        }
    }
}
