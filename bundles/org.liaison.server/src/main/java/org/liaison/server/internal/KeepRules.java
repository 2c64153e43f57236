package org.liaison.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.liaison.sync.protocol.PushedChange;

/**
 * What a push may not do to a synced table's rows, as the registry's {@code KEEP} column says
 * (see {@code org.liaison.store}), checked change by change for one push.
 */
final class KeepRules {

    /** The server's rows as the ledger holds them, with what the push merged so far. */
    interface Ledger {
        SyncRowState load(Connection connection, String table, UUID row) throws SQLException;
    }

    private static final String NEVER_REMOVED = ": its rows are never removed";
    private static final String ONLY_ADDED = ": its rows are only added, never changed";

    /** The rule that names the column holding who wrote a row: the server writes the pushing account there. */
    private static final String AUTHOR = "AUTHOR:";

    private final Map<String, List<String>> rules;
    private final Ledger ledger;
    private final Set<String> sentAgain = new HashSet<>(); // rows of added-only tables sent again: not signed again

    private KeepRules(Map<String, List<String>> rules, Ledger ledger) {
        this.rules = rules;
        this.ledger = ledger;
    }

    /** What each synced table's changelog says a push may not do to its rows ({@code KEEP}, rules separated by commas). */
    static KeepRules read(Connection connection, Ledger ledger) throws SQLException {
        Map<String, List<String>> rules = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME, KEEP FROM LIAISON_SYNCED_TABLE WHERE KEEP IS NOT NULL");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                List<String> tableRules = new ArrayList<>();
                for (String rule : rows.getString(2).split(",")) {
                    String rest = rule.strip();
                    // names a rule gives go into SQL: only column (and table) names are taken
                    String column = rest.startsWith(ErasedRows.OWNED_BY) ? rest.substring(ErasedRows.OWNED_BY.length())
                            : rest.startsWith(AUTHOR) ? rest.substring(AUTHOR.length()) : null;
                    boolean owner = rest.startsWith(RemovedWith.RULE);
                    if (owner ? rest.substring(RemovedWith.RULE.length()).matches(SyncLedger.COLUMN.pattern() + ">" + SyncLedger.COLUMN.pattern())
                            : column == null || SyncLedger.COLUMN.matcher(column).matches()) {
                        tableRules.add(rest);
                    }
                }
                rules.put(rows.getString(1), tableRules);
            }
        }
        return new KeepRules(rules, ledger);
    }

    /** Each table's rules. */
    Map<String, List<String>> all() {
        return rules;
    }

    List<String> of(String table) {
        return rules.getOrDefault(table, List.of());
    }

    /**
     * Why the change breaks its table's rules, or {@code null}: a row only added is not changed (nor added
     * again over itself) but in the column its rule names, which a merge moves; a row never removed is not
     * deleted; an erased row is not changed again, and no row is made to belong to it. An added-only row
     * is removed only with the row its rule {@code REMOVED_WITH} names (a person's notes with the person),
     * or by the account its rule {@code AUTHOR} says wrote it (reverting an import that added a note).
     */
    String broken(Connection connection, PushedChange change, String account) throws SQLException {
        for (String rule : of(change.table())) {
            if ("NOT_DELETED".equals(rule) && "D".equals(change.op())) {
                return change.table() + NEVER_REMOVED;
            }
            if (rule.startsWith("ADDED_ONLY")) {
                String problem = addedOnly(connection, change, rule.contains(":") ? Set.of(rule.substring(rule.indexOf(':') + 1)) : Set.of(),
                        account);
                if (problem != null) {
                    return problem;
                }
            }
            if (ErasedRows.ERASABLE.equals(rule) && !"D".equals(change.op()) && !ErasedRows.erases(change)
                    && ErasedRows.erased(connection, change.row())) {
                return change.table() + ": this person was erased; their record is not changed again";
            }
            if (rule.startsWith(ErasedRows.OWNED_BY) && !"D".equals(change.op())) {
                String column = rule.substring(ErasedRows.OWNED_BY.length());
                Object owner = change.fields().containsKey(column) ? change.fields().get(column) : current(connection, change, column);
                if (ErasedRows.erased(connection, owner)) {
                    return change.table() + ": the person it belongs to was erased";
                }
            }
        }
        return null;
    }

    /**
     * Why the change breaks the rule {@code ADDED_ONLY}, or null: only the {@code movable} column changes (to
     * a row there is, when {@code REMOVED_WITH} names it); a row added again holds what the server keeps; a
     * row goes only with what it belongs to, or by its author's hand.
     */
    private String addedOnly(Connection connection, PushedChange change, Set<String> movable, String account) throws SQLException {
        List<RemovedWith.Owner> owners = RemovedWith.owners(of(change.table()));
        String row = change.table() + "/" + change.row();
        if ("U".equals(change.op())) {
            if (!movable.containsAll(change.fields().keySet())) {
                return change.table() + ONLY_ADDED;
            }
            for (String column : change.fields().keySet()) {
                List<RemovedWith.Owner> named = owners.stream().filter(owner -> owner.column().equals(column)).toList();
                if (!named.isEmpty() && !RemovedWith.there(connection, change.fields().get(column), named)) {
                    return change.table() + RemovedWith.NOT_MOVED;
                }
            }
        } else if ("I".equals(change.op())) {
            // the ledger, not the table: it holds this push's rows already, and what the server's own components
            // wrote before they were handed on as its device's changes
            SyncRowState kept = ledger.load(connection, change.table(), change.row());
            if (kept.inLedger()) {
                if (!sameAgain(kept, change, movable)) {
                    return change.table() + ONLY_ADDED;
                }
                sentAgain.add(row);
            }
        } else {
            if (owners.isEmpty()) {
                return change.table() + NEVER_REMOVED;
            }
            // from the ledger, which holds what this push did before (the table is written after it)
            SyncRowState kept = ledger.load(connection, change.table(), change.row());
            if (kept.inLedger() && !kept.deleted && !RemovedWith.gone(connection, kept.fields.get(owners.get(0).column()), owners)
                    && !writtenBy(kept, of(change.table()), account)) {
                return change.table() + RemovedWith.REFUSAL;
            }
        }
        return null;
    }

    /**
     * An added row of a table whose rule {@code AUTHOR:COLUMN} names its author: signed by the account that
     * pushed it. Not a row sent again: its author stays who wrote it.
     */
    PushedChange signed(PushedChange change, String account) {
        if (!"I".equals(change.op()) || sentAgain.contains(change.table() + "/" + change.row())) {
            return change;
        }
        for (String rule : of(change.table())) {
            if (rule.startsWith(AUTHOR)) {
                Map<String, Object> fields = new LinkedHashMap<>(change.fields());
                fields.put(rule.substring(AUTHOR.length()), account);
                change = new PushedChange(change.seq(), change.table(), change.row(), change.op(), change.stamp(), fields);
            }
        }
        return change;
    }

    /**
     * Whether an added row sent again holds the values the server keeps, but in the columns that may change:
     * two desktops that erased one address both add its suppression entry.
     */
    private static boolean sameAgain(SyncRowState row, PushedChange change, Set<String> movable) {
        if (row.deleted) {
            return false;
        }
        for (Map.Entry<String, Object> field : change.fields().entrySet()) {
            if (!movable.contains(field.getKey()) && !Objects.equals(row.fields.get(field.getKey()), field.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the server signed the change's row with {@code account} as its author (rule {@code AUTHOR:COLUMN}). */
    private static boolean writtenBy(SyncRowState row, List<String> rules, String account) {
        return rules.stream().anyMatch(rule -> rule.startsWith(AUTHOR) && account.equals(row.fields.get(rule.substring(AUTHOR.length()))));
    }

    /** The row's value of {@code column} on the server, or null; names from the synced-table registry. */
    private static Object current(Connection connection, PushedChange change, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT \"" + column + "\" FROM \"" + change.table() + "\" WHERE ID = ?")) {
            query.setObject(1, change.row());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getObject(1) : null;
            }
        }
    }
}
