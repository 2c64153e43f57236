package org.liaison.contacts;

import java.util.Locale;

import org.liaison.contacts.internal.ContactTexts;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Telephone numbers in E.164 form, read the way people write them in the UK and in France. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number in E.164 form ({@code +441273123456}). A number written without its country code
     * is read as a number of {@code defaultCountry} (ISO 3166-1, GB or FR).
     */
    public static String toE164(String text, String defaultCountry, String field, Locale locale) {
        try {
            PhoneNumber number = NUMBERS.parse(text == null ? "" : text, defaultCountry);
            if (NUMBERS.isValidNumber(number)) {
                return NUMBERS.format(number, PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // reported below, with the text the person typed
        }
        throw new ValidationException(ValidationProblem.field(field,
                ContactTexts.in(locale).get("phone.invalid", text, defaultCountry)));
    }

    /** The number as people of its country write it: "01273 123456", "02 35 12 34 56"; others in international form. */
    public static String display(String e164) {
        try {
            PhoneNumber number = NUMBERS.parse(e164, null);
            String region = NUMBERS.getRegionCodeForNumber(number);
            return NUMBERS.format(number, "GB".equals(region) || "FR".equals(region)
                    ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
