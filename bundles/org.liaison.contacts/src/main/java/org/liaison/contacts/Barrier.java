package org.liaison.contacts;

/** A barrier keeping a person from networking, with what staff noted about it. */
public record Barrier(BarrierKind kind, String note) {
}
