package org.liaison.campaigns.ui.internal;

import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.SupportedLocales;

/** The campaign views' translated texts, in the application's language. */
final class CampaignsTexts {

    private CampaignsTexts() {
    }

    /** Texts for the locale the e4 context holds under {@code TranslationService.LOCALE}. */
    static Messages in(Object locale) {
        return Messages.of("org.liaison.campaigns.ui.internal.messages", CampaignsTexts.class, SupportedLocales.chooseFor(locale));
    }
}
