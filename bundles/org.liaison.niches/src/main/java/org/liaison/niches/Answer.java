package org.liaison.niches;

/** One side's answer to an introduction: double opt-in needs both to accept. */
public enum Answer {
    PENDING, ACCEPTED, DECLINED
}
