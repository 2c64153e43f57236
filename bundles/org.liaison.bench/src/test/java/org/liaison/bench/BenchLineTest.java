package org.liaison.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchLineTest {

    @Test
    void printsValueBaselineAndRatio() {
        assertEquals("bench store-write: 2400 ms | baseline 1000 ms | ratio 2.40",
                BenchLine.format("store-write", 2400, "ms", 1000, "ms"));
        assertEquals("bench x: 1.50 s | baseline 0.25 s | ratio 6.00", BenchLine.format("x", 1.5, "s", 0.25, "s"));
        assertEquals("bench y: 1 ms | baseline 0 ms | ratio NaN", BenchLine.format("y", 1, "ms", 0, "ms"));
    }
}
