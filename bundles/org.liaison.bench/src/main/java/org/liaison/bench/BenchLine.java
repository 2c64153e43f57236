package org.liaison.bench;

import java.util.Locale;

/**
 * The one line format of every benchmark result, so that runs can be compared:
 * {@code bench NAME: VALUE UNIT | baseline VALUE UNIT | ratio R}. The ratio is value ÷ baseline.
 */
public final class BenchLine {

    private BenchLine() {
    }

    public static String format(String name, double value, String unit, double baseline, String baselineUnit) {
        double ratio = baseline == 0 ? Double.NaN : value / baseline;
        return String.format(Locale.ROOT, "bench %s: %s %s | baseline %s %s | ratio %.2f", name, number(value), unit,
                number(baseline), baselineUnit, ratio);
    }

    /** The value below which {@code share} (0.95 for p95) of {@code nanos} lie: the nearest-rank percentile. */
    public static double percentile(long[] nanos, double share) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
