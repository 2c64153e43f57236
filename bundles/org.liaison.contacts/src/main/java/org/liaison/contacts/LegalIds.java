package org.liaison.contacts;

import java.util.Locale;
import java.util.regex.Pattern;

import org.liaison.contacts.internal.ContactTexts;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/**
 * Checks and normalizes the legal identifiers of UK and French organisations. Each method returns
 * the identifier in its stored form, or throws a {@link ValidationException} naming the field and
 * saying why, in {@code locale}.
 */
public final class LegalIds {

    private static final Pattern COMPANIES_HOUSE = Pattern.compile("\\d{8}|[A-Z]{2}\\d{6}|R0\\d{6}");
    private static final Pattern VAT = Pattern.compile("[A-Z]{2}[0-9A-Z]{2,13}");
    private static final Pattern UK_VAT = Pattern.compile("GB(\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3})");
    private static final Pattern FR_VAT = Pattern.compile("FR([0-9A-Z]{2})(\\d{9})");
    /** Many of La Poste's SIRETs fail the Luhn rule; theirs is that the digits add up to a multiple of 5. */
    private static final String LA_POSTE_SIREN = "356000000";

    private LegalIds() {
    }

    /** A UK company number: 8 digits (short numbers are padded with zeros) or 2 letters and 6 digits. */
    public static String companiesHouse(String text, String field, Locale locale) {
        String value = compact(text);
        if (value.matches("\\d{1,7}")) {
            value = "0".repeat(8 - value.length()) + value;
        }
        if (!COMPANIES_HOUSE.matcher(value).matches()) {
            throw problem(field, locale, "companiesHouse.invalid", text);
        }
        return value;
    }

    /** A French SIREN: 9 digits passing the Luhn check. */
    public static String siren(String text, String field, Locale locale) {
        String value = compact(text);
        if (!value.matches("\\d{9}")) {
            throw problem(field, locale, "siren.invalid", text);
        }
        if (!luhn(value)) {
            throw problem(field, locale, "siren.checksum", text);
        }
        return value;
    }

    /** A French SIRET: 14 digits passing the Luhn check (or La Poste's own rule for its establishments). */
    public static String siret(String text, String field, Locale locale) {
        String value = compact(text);
        if (!value.matches("\\d{14}")) {
            throw problem(field, locale, "siret.invalid", text);
        }
        boolean valid = luhn(value) || value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 == 0;
        if (!valid) {
            throw problem(field, locale, "siret.checksum", text);
        }
        return value;
    }

    /** Refuses a SIRET that does not start with the organisation's SIREN. */
    public static void siretOfSiren(String siret, String siren, String field, Locale locale) {
        if (siret != null && siren != null && !siret.startsWith(siren)) {
            throw problem(field, locale, "siret.siren", siret, siren);
        }
    }

    /**
     * A VAT number with its country prefix. UK numbers must have the UK shape; French numbers must
     * carry the key computed from their SIREN; other countries are checked for shape only.
     */
    public static String vat(String text, String field, Locale locale) {
        String value = compact(text);
        if (!VAT.matcher(value).matches()) {
            throw problem(field, locale, "vat.invalid", text);
        }
        if (value.startsWith("GB") && !UK_VAT.matcher(value).matches()) {
            throw problem(field, locale, "vat.invalid", text);
        }
        if (value.startsWith("FR")) {
            var french = FR_VAT.matcher(value);
            if (!french.matches()) {
                throw problem(field, locale, "vat.invalid", text);
            }
            String key = french.group(1);
            String siren = french.group(2);
            if (key.matches("\\d{2}")) {
                long expected = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
                if (Integer.parseInt(key) != expected) {
                    throw problem(field, locale, "vat.frKey", text);
                }
            }
        }
        return value;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s.\\-\u00a0]", "").toUpperCase(Locale.ROOT);
    }

    private static ValidationException problem(String field, Locale locale, String key, Object... args) {
        return new ValidationException(ValidationProblem.field(field, ContactTexts.in(locale).get(key, args)));
    }
}
