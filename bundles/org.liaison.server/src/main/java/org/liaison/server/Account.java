package org.liaison.server;

import java.time.Instant;

/** A staff account on the server (its password is kept only as a salted hash). */
public record Account(String name, Role role, boolean enabled, Instant createdAt) {
}
