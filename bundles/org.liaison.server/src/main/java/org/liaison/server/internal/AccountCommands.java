package org.liaison.server.internal;

import java.security.SecureRandom;
import java.util.stream.Collectors;

import org.liaison.server.Account;
import org.liaison.server.Accounts;
import org.liaison.server.Role;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Console commands for accounts. A new account or a reset gets a generated password, printed once
 * on the console (never logged): the administrator hands it over and the person changes it.
 */
@Component(service = AccountCommands.class, property = { "osgi.command.scope=liaison",
        "osgi.command.function=accounts", "osgi.command.function=addAccount", "osgi.command.function=resetPassword",
        "osgi.command.function=setRole", "osgi.command.function=disableAccount", "osgi.command.function=enableAccount",
        "osgi.command.function=revokeTokens" })
public class AccountCommands {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Reference
    private Accounts accounts;

    /** {@code liaison:accounts}: every account, its role and whether it is enabled. */
    public String accounts() {
        return accounts.list().stream()
                .map((Account a) -> String.format("%-30s %-10s %s", a.name(), a.role().code(), a.enabled() ? "enabled" : "disabled"))
                .collect(Collectors.joining("\n"));
    }

    /** {@code liaison:addAccount NAME ROLE}: role is admin, staff or read-only. */
    public String addAccount(String name, String role) {
        char[] password = generated();
        String shown = new String(password);
        accounts.create(name, Role.of(role), password);
        return "Account " + name + " (" + role + ") created. Its password, shown only now: " + shown;
    }

    /** {@code liaison:resetPassword NAME}: a new generated password; the account's desktops sign in again. */
    public String resetPassword(String name) {
        char[] password = generated();
        String shown = new String(password);
        accounts.changePassword(name, password);
        return "New password of " + name + ", shown only now: " + shown;
    }

    /** {@code liaison:setRole NAME ROLE}. */
    public String setRole(String name, String role) {
        accounts.changeRole(name, Role.of(role));
        return name + " is now " + role;
    }

    /** {@code liaison:disableAccount NAME}: refuses its sign-ins and revokes its tokens. */
    public String disableAccount(String name) {
        accounts.setEnabled(name, false);
        return name + " disabled";
    }

    /** {@code liaison:enableAccount NAME}. */
    public String enableAccount(String name) {
        accounts.setEnabled(name, true);
        return name + " enabled";
    }

    /** {@code liaison:revokeTokens NAME}: signs out every desktop of the account. */
    public String revokeTokens(String name) {
        return accounts.revokeTokens(name) + " tokens of " + name + " revoked";
    }

    /** A new random password of 20 letters and digits (no look-alikes such as l/1, O/0). */
    static char[] generated() {
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
