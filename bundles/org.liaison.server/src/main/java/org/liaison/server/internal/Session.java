package org.liaison.server.internal;

import java.util.UUID;

import org.liaison.server.Role;

/** Who a valid token speaks for. */
record Session(String account, Role role, UUID deviceId) {
}
