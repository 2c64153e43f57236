package org.liaison.campaigns;

import java.util.Objects;

/**
 * A campaign's mail in one language. Subject and bodies are templates: {@code ${name}},
 * {@code ${givenName}}, {@code ${organisation}}, {@code ${niche}}, {@code ${event.title}},
 * {@code ${event.date}}, {@code ${event.place}}, {@code ${event.link}} and
 * {@code ${unsubscribeLink}}; values are HTML-escaped in the HTML body.
 *
 * @param language ISO 639-1 code
 */
public record MailTemplate(String language, String subject, String html, String text) {

    public MailTemplate {
        Objects.requireNonNull(language, "language");
        subject = subject == null ? "" : subject;
        html = html == null ? "" : html;
        text = text == null ? "" : text;
    }
}
