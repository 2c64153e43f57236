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

    /**
     * Whether two folded names differ by one slip of the keyboard: one part the same, the other, of
     * four letters or more, with one letter replaced or two neighbours swapped (Jnoes, Jonrs for
     * Jones). Lengths differ for other names (Louis and Louise): those are not slips.
     */
    static boolean oneSlipApart(String givenA, String familyA, String givenB, String familyB) {
        return givenA.equals(givenB) && slip(familyA, familyB) || familyA.equals(familyB) && slip(givenA, givenB);
    }

    private static boolean slip(String a, String b) {
        if (a.length() != b.length() || a.length() < 4 || a.equals(b)) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                first = first < 0 ? i : first;
            }
        }
        boolean swapped = differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
        return differences == 1 || swapped;
    }

    static double of(Person a, String givenB, String familyB) {
        return ofFolded(folded(a.givenName()), folded(a.familyName()), folded(givenB), folded(familyB));
    }
}
