package org.liaison.niches;

/** An open need or offer can be matched; past its date it is expired until its owner renews it. */
public enum NeedOfferStatus {
    OPEN, MATCHED, CLOSED, EXPIRED
}
