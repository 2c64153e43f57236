package org.liaison.campaigns.internal;

import java.util.Locale;

import org.liaison.core.i18n.Messages;

/** The campaigns' messages (refusals, timeline lines, sample values) in English and French. */
public final class CampaignTexts {

    private CampaignTexts() {
    }

    public static Messages in(Locale locale) {
        return Messages.of("org.liaison.campaigns.internal.messages", CampaignTexts.class, locale);
    }
}
