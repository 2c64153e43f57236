package org.liaison.niches.report;

import java.math.BigDecimal;
import java.util.Map;

import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.niches.OutcomeKind;

/**
 * One line of a value report.
 *
 * @param key what the line is about: a niche, member or region code, a month ("2026-11"), or "total"
 * @param label the same for people to read
 * @param outcomes how many outcomes of each kind were recorded
 * @param value the estimated value, per currency (only currencies with a value recorded)
 */
public record ValueLine(String key, String label, long proposed, long accepted, long met, Map<OutcomeKind, Long> outcomes,
        long jobs, Map<CurrencyCode, Money> value) {

    public ValueLine {
        outcomes = Map.copyOf(outcomes);
        value = Map.copyOf(value);
    }

    public Money value(CurrencyCode currency) {
        return value.getOrDefault(currency, Money.zero(currency));
    }

    /** Both currencies in {@code target}, the other converted at {@code rate} units of target per unit of it. */
    public Money convertedTo(CurrencyCode target, BigDecimal rate) {
        Money total = value(target);
        for (CurrencyCode other : CurrencyCode.values()) {
            if (other != target) {
                total = total.plus(value(other).convert(target, rate));
            }
        }
        return total;
    }
}
