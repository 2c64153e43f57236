package org.liaison.niches.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;

import org.liaison.core.money.CurrencyCode;

/** Network value reports. */
public interface ValueReports {

    /** The report for {@code query}, labels in {@code locale}; members by value, at most {@code members} of them. */
    ValueReport report(ValueQuery query, int members, Locale locale);

    /**
     * Writes the report as CSV (every line, with its section), headings in {@code locale}. With a
     * {@code target} currency and {@code rate} a converted total column is added and its heading
     * states the rate; without, GBP and EUR stay in their own columns.
     */
    void writeCsv(ValueReport report, Writer out, CurrencyCode target, BigDecimal rate, Locale locale) throws IOException;
}
