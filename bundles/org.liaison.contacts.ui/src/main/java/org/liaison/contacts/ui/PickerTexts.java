package org.liaison.contacts.ui;

import java.util.Locale;

import org.liaison.core.i18n.Messages;

/** The contact picker's texts. */
final class PickerTexts {

    private PickerTexts() {
    }

    static Messages in(Locale locale) {
        return Messages.of("org.liaison.contacts.ui.picker", PickerTexts.class, locale);
    }
}
