package org.liaison.contacts.sectors;

import java.util.Locale;

/**
 * One heading of NACE Rev. 2.
 *
 * @param code "J" (section), "62" (division), "62.0" (group) or "62.01" (class)
 * @param parent the code of the heading above, or {@code null} for a section
 * @param labelEn the English title, or empty where none is shipped yet
 * @param labelFr the French title
 */
public record NaceSector(String code, Level level, String parent, String labelEn, String labelFr) {

    public enum Level {
        SECTION, DIVISION, GROUP, CLASS
    }

    /** The title in {@code locale}'s language; the French one where no English title is shipped. */
    public String label(Locale locale) {
        return "fr".equals(locale.getLanguage()) || labelEn.isEmpty() ? labelFr : labelEn;
    }
}
