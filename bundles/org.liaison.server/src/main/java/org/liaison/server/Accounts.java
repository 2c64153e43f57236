package org.liaison.server;

import java.util.List;

/**
 * Staff accounts of the server. Passwords are stored as PBKDF2 hashes; disabling an account or
 * changing its password revokes its tokens. Failures are {@link org.liaison.core.validation.ValidationException}s
 * naming the field.
 */
public interface Accounts {

    /** Shortest password accepted. */
    int MIN_PASSWORD_LENGTH = 12;

    void create(String name, Role role, char[] password);

    void changePassword(String name, char[] password);

    void changeRole(String name, Role role);

    void setEnabled(String name, boolean enabled);

    /** Revokes every token of the account: its desktops must sign in again. Returns how many. */
    int revokeTokens(String name);

    List<Account> list();
}
