package org.liaison.contacts;

/** How ready a person is to network, as the staff who know them judge it. */
public enum Readiness {
    OPEN, CAUTIOUS, CLOSED
}
