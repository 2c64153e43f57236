package org.liaison.niches;

/** What a need asks for or an offer gives. */
public enum Category {
    EXPERTISE, KNOWLEDGE, KNOW_HOW, MARKET_ACCESS, PARTNER, SUPPLIER, CUSTOMER, FUNDING, PREMISES, OTHER
}
