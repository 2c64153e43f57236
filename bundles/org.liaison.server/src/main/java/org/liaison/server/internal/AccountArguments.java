package org.liaison.server.internal;

import java.io.PrintStream;
import java.util.List;

import org.liaison.core.validation.ValidationException;

/**
 * Account administration from the command line, for administrators without the console:
 * {@code liaison-server --add-account NAME ROLE}, {@code --reset-password NAME},
 * {@code --disable-account NAME}, {@code --list-accounts}. The server does the one thing and stops.
 */
final class AccountArguments {

    static final int EXIT_REFUSED = 4;
    private static final List<String> OPTIONS = List.of("--add-account", "--reset-password", "--disable-account", "--list-accounts");

    private AccountArguments() {
    }

    /** Whether the arguments ask for account administration rather than running the server. */
    static boolean wanted(List<String> arguments) {
        return arguments.stream().anyMatch(OPTIONS::contains);
    }

    /** Runs what the arguments ask; returns the exit code. */
    static int run(List<String> arguments, AccountCommands commands, PrintStream out, PrintStream err) {
        try {
            int at = arguments.indexOf(arguments.stream().filter(OPTIONS::contains).findFirst().orElseThrow());
            String command = arguments.get(at);
            switch (command) {
                case "--add-account" -> out.println(commands.addAccount(argument(arguments, at, 1), argument(arguments, at, 2)));
                case "--reset-password" -> out.println(commands.resetPassword(argument(arguments, at, 1)));
                case "--disable-account" -> out.println(commands.disableAccount(argument(arguments, at, 1)));
                case "--list-accounts" -> out.println(commands.accounts());
                default -> throw new IllegalStateException("an option of " + OPTIONS + " without its action: " + command);
            }
            return 0;
        } catch (ValidationException | IllegalArgumentException e) {
            err.println("Liaison server: " + e.getMessage());
            return EXIT_REFUSED;
        }
    }

    private static String argument(List<String> arguments, int at, int offset) {
        if (at + offset >= arguments.size() || arguments.get(at + offset).startsWith("--")) {
            throw new IllegalArgumentException(arguments.get(at) + " needs " + (offset == 1 ? "an account name" : "a role: admin, staff or read-only"));
        }
        return arguments.get(at + offset);
    }
}
