package org.liaison.server.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.server.Account;
import org.liaison.server.Accounts;
import org.liaison.server.Role;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Accounts in the server's database. */
@Component(service = { Accounts.class, StoreAccounts.class })
public class StoreAccounts implements Accounts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    private final Store store;

    @Activate
    public StoreAccounts(@Reference Store store) {
        this.store = store;
    }

    @Override
    public void create(String name, Role role, char[] password) {
        checkName(name);
        String hash = hashChecked(password);
        store.transaction(connection -> {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM SERVER_ACCOUNT WHERE NAME = ?")) {
                exists.setString(1, name);
                if (exists.executeQuery().next()) {
                    throw new ValidationException(ValidationProblem.field("name", "an account called '" + name + "' exists already"));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SERVER_ACCOUNT (NAME, PASSWORD_HASH, ROLE, ENABLED, CREATED_AT) VALUES (?, ?, ?, TRUE, ?)")) {
                insert.setString(1, name);
                insert.setString(2, hash);
                insert.setString(3, role.code());
                insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public void changePassword(String name, char[] password) {
        String hash = hashChecked(password);
        update(name, "UPDATE SERVER_ACCOUNT SET PASSWORD_HASH = ? WHERE NAME = ?", hash);
        revokeTokens(name);
    }

    @Override
    public void changeRole(String name, Role role) {
        update(name, "UPDATE SERVER_ACCOUNT SET ROLE = ? WHERE NAME = ?", role.code());
        revokeTokens(name);
    }

    @Override
    public void setEnabled(String name, boolean enabled) {
        update(name, "UPDATE SERVER_ACCOUNT SET ENABLED = ? WHERE NAME = ?", enabled);
        if (!enabled) {
            revokeTokens(name);
        }
    }

    @Override
    public int revokeTokens(String name) {
        return store.transaction(connection -> {
            try (PreparedStatement revoke = connection.prepareStatement(
                    "UPDATE SERVER_TOKEN SET REVOKED = TRUE WHERE ACCOUNT = ? AND NOT REVOKED")) {
                revoke.setString(1, name);
                return revoke.executeUpdate();
            }
        });
    }

    @Override
    public List<Account> list() {
        return store.read(connection -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT NAME, ROLE, ENABLED, CREATED_AT FROM SERVER_ACCOUNT ORDER BY NAME");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.add(new Account(rows.getString(1), Role.of(rows.getString(2)), rows.getBoolean(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return accounts;
        });
    }

    /** The account's role when the password is right and the account enabled; null otherwise. */
    Role authenticate(String name, char[] password) {
        record Stored(String hash, Role role, boolean enabled) {
        }
        Stored stored = store.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT PASSWORD_HASH, ROLE, ENABLED FROM SERVER_ACCOUNT WHERE NAME = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? new Stored(rows.getString(1), Role.of(rows.getString(2)), rows.getBoolean(3)) : null;
                }
            }
        });
        if (stored == null) {
            PasswordHashing.spendAsMuch(password);
            return null;
        }
        return PasswordHashing.matches(password, stored.hash()) && stored.enabled() ? stored.role() : null;
    }

    private void update(String name, String sql, Object value) {
        int changed = store.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, value);
                update.setString(2, name);
                return update.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new ValidationException(ValidationProblem.field("name", "no account is called '" + name + "'"));
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException(ValidationProblem.field("name",
                    "an account name is 1 to 100 lower-case letters, digits, '.', '_', '@' or '-', starting with a letter or digit"));
        }
    }

    private static String hashChecked(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new ValidationException(ValidationProblem.field("password",
                    "a password has at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        try {
            return PasswordHashing.hash(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
