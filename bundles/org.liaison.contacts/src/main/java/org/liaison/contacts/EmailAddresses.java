package org.liaison.contacts;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

import org.liaison.contacts.internal.ContactTexts;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/** Email addresses as mail can be sent to them: a local part and a domain with at least one dot. */
public final class EmailAddresses {

    /** The dot-atom of RFC 5322 for the local part; quoted local parts are not accepted. */
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    private EmailAddresses() {
    }

    /** The address trimmed, with its domain in lower case (and accented domains in their ASCII form). */
    public static String normalize(String text, String field, Locale locale) {
        String value = text == null ? "" : text.strip();
        if (value.length() > 254) {
            throw new ValidationException(ValidationProblem.field(field, ContactTexts.in(locale).get("email.tooLong", value)));
        }
        int at = value.lastIndexOf('@');
        if (at > 0 && at <= 64 && at < value.length() - 1) {
            String local = value.substring(0, at);
            try {
                String domain = IDN.toASCII(value.substring(at + 1)).toLowerCase(Locale.ROOT);
                if (LOCAL.matcher(local).matches() && DOMAIN.matcher(domain).matches()) {
                    return local + "@" + domain;
                }
            } catch (IllegalArgumentException e) {
                // not a domain name: reported below
            }
        }
        throw new ValidationException(ValidationProblem.field(field, ContactTexts.in(locale).get("email.invalid", value)));
    }
}
