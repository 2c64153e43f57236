package org.liaison.core.money;

import java.util.Currency;

/** The currencies a cross-border UK–France network counts in. */
public enum CurrencyCode {
    GBP, EUR;

    public Currency currency() {
        return Currency.getInstance(name());
    }

    /** Minor units (pence, cents): 2 for both. */
    public int scale() {
        return currency().getDefaultFractionDigits();
    }
}
