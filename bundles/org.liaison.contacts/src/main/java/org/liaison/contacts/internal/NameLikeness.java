package org.liaison.contacts.internal;

import org.liaison.contacts.Person;

/** How alike two people's names are, each part on its own: Lefevre and Lefebvre are, Oliver and Olivia are not. */
final class NameLikeness {

    /** Given and family names each at least this alike are taken for the same person's, where something else agrees. */
    static final double SAME_PERSON = 0.92;

    private NameLikeness() {
    }

    /** From 0 to 1, of names already folded ({@link SearchWords#fold}). */
    static double ofFolded(String givenA, String familyA, String givenB, String familyB) {
        return Math.min(Similarity.jaroWinkler(givenA, givenB), Similarity.jaroWinkler(familyA, familyB));
    }

    /** A name part folded for comparing: case, accents and spaces around left out; a missing part is empty. */
    static String folded(String part) {
        return part == null ? "" : SearchWords.fold(part).strip();
    }

    static double of(Person a, String givenB, String familyB) {
        return ofFolded(folded(a.givenName()), folded(a.familyName()), folded(givenB), folded(familyB));
    }
}
