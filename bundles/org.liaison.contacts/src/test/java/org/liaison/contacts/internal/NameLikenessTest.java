package org.liaison.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameLikenessTest {

    @Test
    void aLetterMistypedOrTwoSwappedIsOneSlipButAnotherNameIsNot() {
        assertTrue(NameLikeness.oneSlipApart("harry", "jones", "harry", "jonrs"), "a letter replaced");
        assertTrue(NameLikeness.oneSlipApart("emily", "walker", "emliy", "walker"), "two neighbours swapped");
        assertFalse(NameLikeness.oneSlipApart("louis", "martin", "louise", "martin"), "Louise is another name");
        assertFalse(NameLikeness.oneSlipApart("lea", "martin", "lia", "martin"), "too short to tell a slip from a name");
        assertFalse(NameLikeness.oneSlipApart("harry", "jones", "henry", "jones"), "two letters apart");
        assertFalse(NameLikeness.oneSlipApart("harry", "jonrs", "harri", "jones"), "a slip in each part");
    }
}
