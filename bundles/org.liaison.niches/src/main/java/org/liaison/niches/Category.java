package org.liaison.niches;

import java.util.EnumSet;
import java.util.Set;

/** What a need asks for or an offer gives. */
public enum Category {
    EXPERTISE, KNOWLEDGE, KNOW_HOW, MARKET_ACCESS, PARTNER, SUPPLIER, CUSTOMER, FUNDING, PREMISES, OTHER;

    /**
     * The categories of offer related to a need of this one, besides the same category: a need
     * for customers is met by market access, one for expertise by know-how or knowledge...
     */
    public Set<Category> related() {
        return switch (this) {
            case CUSTOMER -> EnumSet.of(MARKET_ACCESS);
            case MARKET_ACCESS -> EnumSet.of(CUSTOMER, PARTNER);
            case EXPERTISE -> EnumSet.of(KNOW_HOW, KNOWLEDGE);
            case KNOWLEDGE, KNOW_HOW -> EnumSet.of(EXPERTISE);
            case PARTNER -> EnumSet.of(MARKET_ACCESS);
            default -> EnumSet.noneOf(Category.class);
        };
    }

    /** The categories of offer that can meet a need of this one: the same, and the related ones. */
    public Set<Category> offersThatMeet() {
        Set<Category> fits = EnumSet.of(this);
        fits.addAll(related());
        return fits;
    }
}
