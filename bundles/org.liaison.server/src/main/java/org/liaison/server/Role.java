package org.liaison.server;

import java.util.Locale;

/** What an account may do through sync. */
public enum Role {
    /** Everything staff do, and administration of accounts. */
    ADMIN,
    /** Reads and writes the shared data. */
    STAFF,
    /** Reads only: its pushes are refused. */
    READ_ONLY;

    /** The name stored and sent: {@code admin}, {@code staff}, {@code read-only}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role of(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "': admin, staff or read-only");
    }

    public boolean mayWrite() {
        return this != READ_ONLY;
    }
}
