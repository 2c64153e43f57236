package org.liaison.campaigns.internal;

import java.util.Map;

/**
 * What fills a template's placeholders for one recipient. Every placeholder has a value (empty
 * when unknown), so that a placeholder the template engine cannot find is a mistake in the template.
 */
record MailValues(String name, String givenName, String familyName, String organisation, String niche,
        String eventTitle, String eventDate, String eventPlace, String eventLink, String unsubscribeLink) {

    /** The names a template may use, for the message that lists them. */
    static final String NAMES = "name, givenName, familyName, organisation, niche, event.title, event.date, "
            + "event.place, event.link, unsubscribeLink";

    Map<String, Object> model() {
        return Map.of("name", text(name), "givenName", text(givenName), "familyName", text(familyName),
                "organisation", text(organisation), "niche", text(niche), "unsubscribeLink", text(unsubscribeLink),
                "event", Map.of("title", text(eventTitle), "date", text(eventDate), "place", text(eventPlace), "link",
                        text(eventLink)));
    }

    MailValues withUnsubscribeLink(String link) {
        return new MailValues(name, givenName, familyName, organisation, niche, eventTitle, eventDate, eventPlace,
                eventLink, link);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
