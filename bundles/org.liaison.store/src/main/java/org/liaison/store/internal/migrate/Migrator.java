package org.liaison.store.internal.migrate;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.liaison.core.i18n.Messages;
import org.liaison.store.AppliedMigration;
import org.liaison.store.StoreException;
import org.liaison.store.StoreException.Reason;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.changelog.RanChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.exception.ValidationFailedException;
import liquibase.ui.LoggerUIService;

/**
 * Applies bundles' changelogs with Liquibase: refuses a database written by a newer version or
 * whose applied changes were edited, and puts the database back as it was when a change fails.
 */
public final class Migrator {

    /** Liquibase logs every statement at INFO; keep its log to warnings. Held so it is not collected. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    /** Saves the whole database before changes are applied, and puts it back if they fail. */
    public interface Snapshots {
        void save(Connection connection) throws SQLException;

        void restore(Connection connection) throws SQLException;
    }

    private final Messages texts;

    public Migrator(Messages texts) {
        this.texts = texts;
    }

    /**
     * Applies the pending changes of {@code sources}, which must already be in dependency order,
     * on {@code connection} (in auto-commit mode: Liquibase commits each change set).
     *
     * @return how many change sets were applied
     */
    public int migrate(Connection connection, List<MigrationSource> sources, Snapshots snapshots) {
        ChangelogHashes hashes;
        try {
            hashes = ChangelogHashes.of(connection, sources);
            if (hashes.unchanged()) {
                return 0; // every changelog exactly as when it was last checked and applied here: nothing to ask Liquibase
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException(Reason.MIGRATION_FAILED, texts.get("migration.error", rootMessage(e)), e);
        }
        int applied = migrateWithLiquibase(connection, sources, snapshots);
        try {
            hashes.record(sources);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException(Reason.MIGRATION_FAILED, texts.get("migration.error", rootMessage(e)), e);
        }
        return applied;
    }

    private int migrateWithLiquibase(Connection connection, List<MigrationSource> sources, Snapshots snapshots) {
        Map<String, MigrationSource> byOwner = new LinkedHashMap<>();
        sources.forEach(s -> byOwner.put(s.owner(), s));
        BundleResourceAccessor accessor = new BundleResourceAccessor(byOwner);
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), accessor,
                Scope.Attr.classLoader.name(), Liquibase.class.getClassLoader(),
                Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.analytics.enabled", Boolean.FALSE);
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                return Scope.child(scope, () -> migrateInScope(connection, sources, accessor, snapshots));
            } finally {
                connection.setAutoCommit(autoCommit); // Liquibase leaves it off
            }
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            StoreException wrapped = find(e, StoreException.class);
            if (wrapped != null) {
                throw wrapped;
            }
            throw new StoreException(Reason.MIGRATION_FAILED, texts.get("migration.error", rootMessage(e)), e);
        }
    }

    private static <E extends Throwable> E find(Throwable e, Class<E> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private int migrateInScope(Connection connection, List<MigrationSource> sources, BundleResourceAccessor accessor,
            Snapshots snapshots) throws LiquibaseException, SQLException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        List<Liquibase> runs = new ArrayList<>();
        int pending = 0;
        boolean locksReleased = false;
        for (MigrationSource source : sources) {
            Liquibase liquibase = new Liquibase(source.logicalPath(), accessor, database);
            if (!locksReleased) {
                // The store owns its database alone; a lock left by a crash must not block the start.
                liquibase.forceReleaseLocks();
                locksReleased = true;
            }
            int unrun;
            try {
                refuseNewer(liquibase, source);
                liquibase.validate();
                unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
            } catch (LiquibaseException | RuntimeException failure) {
                throw invalid(failure, source);
            }
            if (unrun > 0) {
                runs.add(liquibase);
                pending += unrun;
            }
        }
        if (pending == 0) {
            return 0;
        }
        snapshots.save(connection);
        String current = "?";
        try {
            for (Liquibase liquibase : runs) {
                current = liquibase.getChangeLogFile();
                new CommandScope("update")
                        .addArgumentValue("database", database)
                        .addArgumentValue("changelogFile", current)
                        .addArgumentValue("showSummaryOutput", UpdateSummaryOutputEnum.LOG)
                        .setOutput(OutputStream.nullOutputStream())
                        .execute();
            }
        } catch (LiquibaseException e) {
            try {
                snapshots.restore(connection);
            } catch (SQLException restoreFailure) {
                e.addSuppressed(restoreFailure);
                throw new StoreException(Reason.MIGRATION_FAILED,
                        texts.get("migration.failedNotRestored", owner(current), rootMessage(e), rootMessage(restoreFailure)), e);
            }
            throw new StoreException(Reason.MIGRATION_FAILED, texts.get("migration.failed", owner(current), rootMessage(e)), e);
        }
        return pending;
    }

    private void refuseNewer(Liquibase liquibase, MigrationSource source) throws LiquibaseException {
        List<String> unknown = new ArrayList<>();
        for (RanChangeSet ran : liquibase.listUnexpectedChangeSets(new Contexts(), new LabelExpression())) {
            if (source.logicalPath().equals(ran.getChangeLog())) {
                unknown.add(ran.getId());
            }
        }
        if (!unknown.isEmpty()) {
            throw new StoreException(Reason.NEWER_VERSION,
                    texts.get("migration.newerVersion", source.owner(), String.join(", ", unknown)));
        }
    }

    private RuntimeException invalid(Exception failure, MigrationSource source) {
        if (failure instanceof StoreException e) {
            return e;
        }
        ValidationFailedException e = find(failure, ValidationFailedException.class);
        List<String> changed = e == null ? null : e.getInvalidMD5Sums();
        if (changed != null && !changed.isEmpty()) {
            String which = changed.stream().map(Migrator::changeSetName).collect(Collectors.joining("; "));
            return new StoreException(Reason.CHECKSUM_MISMATCH, texts.get("migration.checksum", source.owner(), which), failure);
        }
        return new StoreException(Reason.MIGRATION_FAILED, texts.get("migration.invalid", source.owner(), rootMessage(failure)), failure);
    }

    /** Every change set applied so far, in the order applied. */
    public static List<AppliedMigration> applied(Connection connection) throws SQLException {
        List<AppliedMigration> applied = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT FILENAME, ID, DATEEXECUTED, ORDEREXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Timestamp at = rows.getTimestamp(3);
                applied.add(new AppliedMigration(owner(rows.getString(1)), rows.getString(2), at.toInstant(), rows.getInt(4)));
            }
        }
        return applied;
    }

    private static String changeSetName(String invalid) {
        // Liquibase reports "path::id::author was: old but is now: new"
        return invalid.replaceAll("::[^:]+ was: .*", "").replace("::", " ");
    }

    private static String owner(String logicalPath) {
        int slash = logicalPath.indexOf('/');
        return slash < 0 ? logicalPath : logicalPath.substring(0, slash);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
