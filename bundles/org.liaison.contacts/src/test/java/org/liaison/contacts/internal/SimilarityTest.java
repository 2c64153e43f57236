package org.liaison.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void givesTheTextbookJaroWinklerValues() {
        assertEquals(0.961, Similarity.jaroWinkler("martha", "marhta"), 0.001);
        assertEquals(0.840, Similarity.jaroWinkler("dwayne", "duane"), 0.001);
        assertEquals(0.813, Similarity.jaroWinkler("dixon", "dicksonx"), 0.001);
        assertEquals(1.0, Similarity.jaroWinkler("lefevre", "lefevre"));
        assertEquals(0.0, Similarity.jaroWinkler("abc", "xyz"));
    }

    @Test
    void typingSlipsAreAlikeButRelativesAreNot() {
        assertTrue(Similarity.jaroWinkler("lefevre", "lefebvre") >= StoreDuplicateFinder.NAME_THRESHOLD);
        assertTrue(Similarity.jaroWinkler("chatelain", "chatelin") >= StoreDuplicateFinder.NAME_THRESHOLD);
        assertTrue(Similarity.jaroWinkler("oliver", "olivia") < StoreDuplicateFinder.NAME_THRESHOLD);
    }
}
