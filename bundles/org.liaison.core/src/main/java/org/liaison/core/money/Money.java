package org.liaison.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

import org.liaison.core.i18n.CoreTexts;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/**
 * An amount of GBP or EUR, kept exactly to the currency's minor unit. Amounts of different
 * currencies are never added silently: converting needs a rate the caller states.
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() > currency.scale()
                && amount.setScale(currency.scale(), RoundingMode.DOWN).compareTo(amount) != 0) {
            throw new ArithmeticException(amount + " has more decimals than " + currency + " allows");
        }
        amount = amount.setScale(currency.scale(), RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, CurrencyCode currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** From minor units (pence, cents), as money is stored. */
    public static Money ofMinor(long minor, CurrencyCode currency) {
        return new Money(BigDecimal.valueOf(minor, currency.scale()), currency);
    }

    /**
     * Reads "1234.50 EUR", "GBP 12", "€12,50" or "£3.20", as people type amounts in either country;
     * an error names the field and is written in {@code locale}.
     */
    public static Money parse(String text, String field, Locale locale) {
        String t = text == null ? "" : text.trim().replace('\u00a0', ' ');
        CurrencyCode code = null;
        for (CurrencyCode c : CurrencyCode.values()) {
            String symbol = c == CurrencyCode.GBP ? "£" : "€";
            if (t.startsWith(c.name()) || t.endsWith(c.name())) {
                code = c;
                t = t.replace(c.name(), "");
            } else if (t.contains(symbol)) {
                code = c;
                t = t.replace(symbol, "");
            }
        }
        t = t.replace(" ", "");
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.'); // French decimal comma
        } else {
            t = t.replace(",", ""); // English thousands separator
        }
        if (code == null) {
            throw new ValidationException(ValidationProblem.field(field,
                    CoreTexts.in(locale).get("money.noCurrency", text)));
        }
        try {
            return new Money(new BigDecimal(t), code);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValidationException(ValidationProblem.field(field,
                    CoreTexts.in(locale).get("money.notAmount", text, code, code.scale())));
        }
    }

    public long minorUnits() {
        return amount.movePointRight(currency.scale()).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** Converts at {@code rate} units of {@code target} per unit of this currency, rounding half-even. */
    public Money convert(CurrencyCode target, BigDecimal rate) {
        return new Money(amount.multiply(rate).setScale(target.scale(), RoundingMode.HALF_EVEN), target);
    }

    /** As a person reads it in their language: "£1,234.50", "1 234,50 €". */
    public String format(Locale locale) {
        Locale region = locale.getCountry().isEmpty()
                ? ("fr".equals(locale.getLanguage()) ? Locale.FRANCE : Locale.UK) : locale;
        NumberFormat format = NumberFormat.getCurrencyInstance(region);
        format.setCurrency(currency.currency());
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }

    private Money sameCurrency(Money other) {
        if (other.currency != currency) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency
                    + " without a conversion rate");
        }
        return other;
    }
}
