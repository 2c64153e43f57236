package org.liaison.contacts;

import java.util.Locale;

/**
 * A customer segment organisations serve: B2B, B2C, public sector, or a market a network adds.
 *
 * @param code upper-case letters, digits and underscores, e.g. EXPORT_FR
 */
public record Segment(String code, String labelEn, String labelFr) {

    public String label(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
    }
}
