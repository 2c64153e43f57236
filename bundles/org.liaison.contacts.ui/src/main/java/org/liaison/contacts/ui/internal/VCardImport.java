package org.liaison.contacts.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.liaison.contacts.Person;
import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.Dialogs;

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

    /** The cards of a file sorted out: whom to add, and how many are left out. */
    private record Sorted(List<Person> added, int known, int erased) {
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
            // reading, checking and looking up every card can take a while: off the UI thread, and it can be stopped
            Sorted sorted = inProgress(shell, true, monitor -> sort(chosen, monitor));
            if (sorted.added().isEmpty()) {
                Dialogs.inform(shell, texts.locale(), title, texts.get("vcard.none", chosen, sorted.known(), sorted.erased()));
            } else if (Dialogs.confirm(shell, texts.locale(), title,
                    texts.get("vcard.confirm", sorted.added().size(), chosen, sorted.known(), sorted.erased()))) {
                inProgress(shell, false, monitor -> { // one transaction, short: all of them or none
                    monitor.beginTask(texts.get("vcard.saving", sorted.added().size()), IProgressMonitor.UNKNOWN);
                    return services.contacts().saveAll(sorted.added(), texts.locale());
                });
                Dialogs.inform(shell, texts.locale(), title, texts.get("vcard.done", sorted.added().size()));
            }
        } catch (InterruptedException e) {
            Dialogs.inform(shell, texts.locale(), title, texts.get("import.cancelled"));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ValidationException v) {
                Dialogs.inform(shell, texts.locale(), title, texts.get("vcard.refused", v.problems().stream().limit(10)
                        .map(Object::toString).collect(Collectors.joining("\n"))));
            } else if (cause instanceof IOException || cause instanceof java.io.UncheckedIOException) {
                Dialogs.inform(shell, texts.locale(), title, texts.get("import.unreadable", chosen, cause.getMessage()));
            } else {
                throw new IllegalStateException("vCard import of " + chosen + " failed", cause);
            }
        }
    }

    /** Reads the file and sorts its people out, a card at a time, stopping when asked. */
    private Sorted sort(String file, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, texts.get("vcard.reading", Path.of(file).getFileName()), 1);
        String country = "fr".equals(texts.locale().getLanguage()) ? "FR" : "GB";
        List<Person> read;
        try (java.io.Reader cards = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            read = services.vcards().read(cards, country, texts.locale());
        }
        progress.setTaskName(texts.get("vcard.checking", read.size()));
        progress.setWorkRemaining(read.size());
        // the people asked to be erased are never added again; those already here are left as they are
        List<Person> added = new ArrayList<>();
        int known = 0;
        int erased = 0;
        for (Person person : read) {
            progress.split(1); // stops here when asked
            if (addresses(person).anyMatch(services.dataProtection()::suppressed)) {
                erased++;
            } else if (addresses(person).anyMatch(a -> services.contacts().findByEmailOrPhone(a).isPresent())) {
                known++;
            } else {
                added.add(person);
            }
        }
        return new Sorted(added, known, erased);
    }

    /** Work that may take a while, in a progress dialog (with a Cancel button when it can stop) in the application's language. */
    private <T> T inProgress(Shell shell, boolean cancelable, Work<T> work) throws InvocationTargetException, InterruptedException {
        List<T> result = new ArrayList<>(1);
        ProgressMonitorDialog progress = Dialogs.progress(shell, texts.locale(), texts.get("vcard.title"));
        progress.run(true, cancelable, monitor -> {
            try {
                result.add(work.run(monitor));
            } catch (OperationCanceledException e) {
                throw new InterruptedException();
            } catch (IOException | RuntimeException e) {
                throw new InvocationTargetException(e);
            } finally {
                monitor.done();
            }
        });
        return result.get(0);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(IProgressMonitor monitor) throws IOException;
    }
}
