package org.liaison.niches;

import java.util.Locale;
import java.util.UUID;

import org.liaison.contacts.ProfileCriteria;

/**
 * A niche network: specific in both sector and customer, as the field study found networks must be.
 *
 * @param id {@code null} for a niche not saved yet
 * @param rule which contacts are its candidate members
 * @param coordinator the staff member who looks after it
 */
public record Niche(UUID id, String nameEn, String nameFr, String descriptionEn, String descriptionFr, ProfileCriteria rule,
        String coordinator) {

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public String description(Locale locale) {
        String text = "fr".equals(locale.getLanguage()) ? descriptionFr : descriptionEn;
        return text == null ? "" : text;
    }

    public Niche withId(UUID newId) {
        return new Niche(newId, nameEn, nameFr, descriptionEn, descriptionFr, rule, coordinator);
    }
}
