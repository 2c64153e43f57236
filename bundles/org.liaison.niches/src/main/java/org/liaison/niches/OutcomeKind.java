package org.liaison.niches;

/** What an introduction led to. */
public enum OutcomeKind {
    PARTNERSHIP, CONTRACT, SUPPLIER_DEAL, JOINT_BID, KNOWLEDGE_EXCHANGE, NOTHING_YET
}
