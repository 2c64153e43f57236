package org.liaison.niches;

/** Where a need may be met or an offer is given: near its owner, across the border, or either. */
public enum Scope {
    LOCAL, CROSS_BORDER, ANY
}
