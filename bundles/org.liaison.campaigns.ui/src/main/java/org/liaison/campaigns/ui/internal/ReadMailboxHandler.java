package org.liaison.campaigns.ui.internal;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.liaison.campaigns.MailboxReading;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;
import org.liaison.core.validation.ValidationException;
import org.liaison.ui.Dialogs;

import jakarta.inject.Named;

/** Reads the return mailbox now and says what it found: bounces, unsubscribes, and messages it could not read. */
public class ReadMailboxHandler {

    @Execute
    public void execute(Shell shell, @Service CampaignsServices services, @Named(TranslationService.LOCALE) Object chosen,
            EPartService parts) {
        Locale locale = SupportedLocales.chooseFor(chosen);
        Messages texts = CampaignsTexts.in(locale);
        try {
            MailboxReading reading = services.campaigns().readReturnMailbox(locale);
            Dialogs.inform(shell, locale, texts.get("action.readMailbox"), texts.get("mailbox.read", reading.hardBounces(),
                    reading.softBounces(), reading.unsubscribes(), reading.unmatched(), reading.unreadable().size())
                    + (reading.unreadable().isEmpty() ? "" : "\n\n" + String.join("\n", reading.unreadable())));
        } catch (ValidationException e) {
            Dialogs.error(shell, locale, texts.get("action.readMailbox"), String.join("\n",
                    e.problems().stream().map(p -> p.message()).toList()));
        }
        Views.refresh(parts);
    }
}
