package org.liaison.store.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.liaison.core.events.Topics;
import org.liaison.core.i18n.Messages;
import org.liaison.core.io.PrivateFolders;
import org.liaison.core.id.Ids;
import org.liaison.core.clock.HybridLogicalClock;
import org.liaison.core.settings.UserSettings;
import org.liaison.store.AppliedMigration;
import org.liaison.store.NetworkKeys;
import org.liaison.store.Store;
import org.liaison.store.StoreException;
import org.liaison.store.StoreFactory;
import org.liaison.store.StoreException.Reason;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.Outbox;
import org.liaison.store.changes.RemoteChangeObserver;
import org.liaison.store.changes.RemoteChanges;
import org.liaison.store.internal.capture.CaptureTriggers;
import org.liaison.store.internal.migrate.MigrationOrder;
import org.liaison.store.internal.migrate.MigrationSource;
import org.liaison.store.internal.migrate.Migrator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * Opens the database, applies the migrations of every bundle that ships some (now and when more
 * bundles arrive), puts capture triggers on synced tables, and registers {@link Store},
 * {@link Outbox} and {@link RemoteChanges} once all that succeeded.
 */
@Component(immediate = true, configurationPid = "org.liaison.store", service = StoreStatus.class)
public class StoreRuntime implements StoreStatus {

    /** Manifest header naming a bundle's changelog. */
    public static final String MIGRATIONS_HEADER = "Liaison-Migrations";

    private static final System.Logger LOG = System.getLogger(StoreRuntime.class.getName());
    private static final String OWNER = "LIAISON";

    private final BundleContext context;
    private final StoreConfig config;
    private final HybridLogicalClock clock;
    private final Messages texts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    /** Bundles keeping data derived from synced tables up to date when remote changes are applied. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.UPDATE)
    private final List<RemoteChangeObserver> remoteObservers = new java.util.concurrent.CopyOnWriteArrayList<>();

    private volatile State state = State.STARTING;
    private volatile StoreException failure;
    private volatile String location;
    private volatile List<AppliedMigration> migrations = List.of();
    private final List<MigrationSource> initialSources = new ArrayList<>();
    private boolean initialDone;

    private JdbcConnectionPool pool;
    private LocalStore store;
    private Path backups;
    private DatabaseServer server;
    private BundleTracker<MigrationSource> tracker;
    private ServiceRegistration<?> registration;
    private ServiceRegistration<?> factoryRegistration;
    private ServiceRegistration<?> keysRegistration;

    @Activate
    public StoreRuntime(BundleContext context, StoreConfig config, @Reference HybridLogicalClock clock,
            @Reference UserSettings settings) {
        this.context = context;
        this.config = config;
        this.clock = clock;
        this.texts = Messages.of("org.liaison.store.internal.messages", StoreRuntime.class, settings.locale());
        this.location = "";
        try {
            open(settings);
            state = State.OPEN;
            LOG.log(Level.INFO, "Store open: {0}, {1} migrations applied", location, migrations.size());
            post(texts.get("store.open", location));
        } catch (StoreException e) {
            fail(e);
        } catch (RuntimeException e) {
            fail(new StoreException(Reason.SQL, texts.get("store.failed", location, e.getMessage()), e));
        }
    }

    private void open(UserSettings settings) {
        boolean memory = "memory".equals(config.mode());
        if (!memory && !"file".equals(config.mode())) {
            throw new StoreException(Reason.CONFIGURATION, texts.get("config.mode", config.mode()));
        }
        String url;
        Path directory = null;
        if (memory) {
            location = texts.get("location.memory", config.name());
            url = "jdbc:h2:mem:" + config.name() + ";DB_CLOSE_DELAY=-1";
        } else {
            directory = config.directory().isBlank() ? settings.dataDirectory() : Path.of(config.directory()).toAbsolutePath();
            location = directory.toString();
            ensureWritable(directory);
            backups = directory.resolve("backups");
            url = "jdbc:h2:file:" + directory.resolve(config.name()) + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE="
                    + Math.max(1, config.cacheSizeMb()) * 1024;
        }
        if (!config.reportingPassword().isEmpty() && !config.tcpServer()) {
            throw new StoreException(Reason.CONFIGURATION, texts.get("config.reportingWithoutServer"));
        }
        if (config.tcpServer() && (memory || config.password().isEmpty())) {
            throw new StoreException(Reason.CONFIGURATION, texts.get(memory ? "config.serverMemory" : "config.serverPassword"));
        }
        pool = JdbcConnectionPool.create(url, OWNER, config.password());
        pool.setMaxConnections(config.poolSize());
        store = new LocalStore(pool, clock, this::postCommitted, this::observers, this::inUseFailure);
        withStoreClassLoader(() -> {
            try (Connection connection = firstConnection(url)) {
                tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, new Migrations());
                tracker.open();
                List<MigrationSource> sources;
                synchronized (initialSources) {
                    sources = MigrationOrder.sort(initialSources);
                    migrate(connection, sources);
                    ensureNode(connection);
                    ReportingUser.configure(connection, config.reportingPassword());
                    initialDone = true;
                }
            }
            return null;
        });
        if (config.tcpServer()) {
            try {
                server = DatabaseServer.start(directory, config.tcpBindAddress(), config.tcpPort());
                LOG.log(Level.INFO, "Database server listening at {0}", server.url());
            } catch (SQLException e) {
                throw new StoreException(Reason.CONFIGURATION, texts.get("config.serverFailed", e.getMessage()), e);
            }
        }
        Dictionary<String, Object> properties = new Hashtable<>(Map.of("liaison.store.location", location));
        registration = context.registerService(
                new String[] { Store.class.getName(), Outbox.class.getName(), RemoteChanges.class.getName() }, store,
                properties);
        keysRegistration = context.registerService(NetworkKeys.class,
                new KeyRingFile(memory ? null : directory.resolve(config.name() + ".keys")), properties);
        factoryRegistration = context.registerService(StoreFactory.class, new StoreReplicas(this), null);
    }

    private void ensureWritable(Path directory) {
        try {
            PrivateFolders.create(directory);
        } catch (IOException | SecurityException e) {
            throw new StoreException(Reason.UNWRITABLE, texts.get("store.unwritable", directory), e);
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new StoreException(Reason.UNWRITABLE, texts.get("store.unwritable", directory));
        }
    }

    /** The first connection opens the database: this is where a locked or damaged file shows. */
    private Connection firstConnection(String url) throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD && !config.password().isEmpty()) {
                return setFirstPassword(url, e);
            }
            throw translateOpenFailure(e);
        }
    }

    /** A database made before a password was configured gets that password. */
    private Connection setFirstPassword(String url, SQLException original) throws SQLException {
        JdbcConnectionPool unprotected = JdbcConnectionPool.create(url, OWNER, "");
        try (Connection connection = unprotected.getConnection();
                PreparedStatement alter = connection.prepareStatement("ALTER USER " + OWNER + " SET PASSWORD ?")) {
            alter.setString(1, config.password());
            alter.execute();
        } catch (SQLException e) {
            throw new StoreException(Reason.CONFIGURATION, texts.get("store.wrongPassword", location), original);
        } finally {
            unprotected.dispose();
        }
        return pool.getConnection();
    }

    private StoreException translateOpenFailure(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StoreException(Reason.LOCKED, texts.get("store.locked", location), e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return new StoreException(Reason.CORRUPT, texts.get("store.corrupt", location, e.getMessage()), e);
            case ErrorCode.DATABASE_IS_READ_ONLY:
            case ErrorCode.FILE_CREATION_FAILED_1:
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                return new StoreException(Reason.UNWRITABLE, texts.get("store.unwritable", location), e);
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                return new StoreException(Reason.CONFIGURATION, texts.get("store.wrongPassword", location), e);
            default:
                return new StoreException(Reason.SQL, texts.get("store.failed", location, e.getMessage()), e);
        }
    }

    private void migrate(Connection connection, List<MigrationSource> sources) throws SQLException {
        migrate(connection, sources, store, backups);
        migrations = List.copyOf(Migrator.applied(connection));
    }

    /** Applies the changelogs of {@code sources} to the database of {@code target} and captures its synced tables. */
    private void migrate(Connection connection, List<MigrationSource> sources, LocalStore target, Path backups)
            throws SQLException {
        boolean keepBackup = backups != null;
        Path file = keepBackup
                ? backups.resolve("before-migration-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".zip")
                : createTempFile();
        Snapshot snapshot = new Snapshot(file, keepBackup);
        int applied = new Migrator(texts).migrate(connection, sources, snapshot);
        try {
            snapshot.discard();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the temporary copy " + file, e);
        }
        if (applied > 0) {
            LOG.log(Level.INFO, "Applied {0} change sets{1}", applied, keepBackup ? "; backup before them: " + file : "");
        }
        Set<String> synced = CaptureTriggers.install(connection);
        target.refreshSyncedTables(connection, synced);
        target.seedClock(connection);
    }

    /** Opens another database migrated by every bundle known so far (see {@link StoreReplicas}). */
    LocalStore openReplica(JdbcConnectionPool replicaPool, HybridLogicalClock replicaClock, Path replicaBackups) {
        LocalStore replica = new LocalStore(replicaPool, replicaClock, tables -> { }, this::observers, LocalStore::sqlFailure);
        List<MigrationSource> sources;
        synchronized (initialSources) {
            sources = MigrationOrder.sort(new ArrayList<>(tracker.getTracked().values()));
        }
        withStoreClassLoader(() -> {
            try (Connection connection = replicaPool.getConnection()) {
                migrate(connection, sources, replica, replicaBackups);
                ensureNode(connection);
            }
            return null;
        });
        return replica;
    }

    private static Path createTempFile() throws SQLException {
        try {
            Path file = Files.createTempFile("liaison-before-migration", ".zip");
            Files.delete(file); // the database writes it
            return file;
        } catch (IOException e) {
            throw new SQLException("cannot create a temporary file for the pre-migration copy", e);
        }
    }

    private static void ensureNode(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT COUNT(*) FROM LIAISON_NODE");
            rows.next();
            if (rows.getLong(1) > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO LIAISON_NODE (ID, CREATED_AT) VALUES (?, CURRENT_TIMESTAMP)")) {
            insert.setObject(1, Ids.newId());
            insert.executeUpdate();
        }
    }

    /** Finds bundles that ship migrations: collected for the first batch, migrated one by one afterwards. */
    private final class Migrations implements BundleTrackerCustomizer<MigrationSource> {

        @Override
        public MigrationSource addingBundle(Bundle bundle, BundleEvent event) {
            String changelog = bundle.getHeaders("").get(MIGRATIONS_HEADER);
            if (changelog == null || changelog.isBlank()) {
                return null;
            }
            MigrationSource source = new MigrationSource(bundle.getSymbolicName(), changelog.trim(), bundle::getEntry,
                    requiredBundles(bundle));
            synchronized (initialSources) {
                if (!initialDone) {
                    initialSources.add(source);
                    return source;
                }
            }
            migrateLate(source);
            return source;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, MigrationSource source) {
            // a bundle's changelog is read when it is resolved; nothing changes while it runs
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, MigrationSource source) {
            // its tables stay: uninstalling a bundle never deletes data
        }
    }

    private static Set<String> requiredBundles(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return Set.of();
        }
        Set<String> required = new java.util.TreeSet<>();
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            required.add(wire.getProvider().getBundle().getSymbolicName());
        }
        return required;
    }

    private void migrateLate(MigrationSource source) {
        LocalStore open = store;
        if (open == null || state == State.FAILED) {
            return;
        }
        try {
            open.transaction(ignored -> withStoreClassLoader(() -> {
                try (Connection connection = pool.getConnection()) {
                    migrate(connection, List.of(source));
                }
                return null;
            }));
            LOG.log(Level.INFO, "Migrated bundle {0}", source.owner());
        } catch (StoreException e) {
            failure = e;
            LOG.log(Level.ERROR, e.getMessage(), e);
            post(e.getMessage());
        }
    }

    /** Database work that needs no lent connection. */
    @FunctionalInterface
    private interface SqlAction<T> {
        T run() throws SQLException;
    }

    private <T> T withStoreClassLoader(SqlAction<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new JoinedClassLoader(StoreRuntime.class.getClassLoader(),
                liquibase.Liquibase.class.getClassLoader()));
        try {
            return work.run();
        } catch (SQLException e) {
            throw translateOpenFailure(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * A statement that failed while the store was open. When the database file could not be
     * written (a full disk, most often), the engine has closed itself: the store's status says so,
     * and the store refuses every later call with the same reason until it is opened again, rather
     * than letting the engine reopen the file behind the status.
     */
    private StoreException inUseFailure(SQLException e) {
        DiskWriteFailure kind = DiskWriteFailure.of(e);
        if (kind == DiskWriteFailure.NONE) {
            return LocalStore.sqlFailure(e);
        }
        String key = kind == DiskWriteFailure.NO_ROOM ? "store.diskFull" : "store.writeFailed";
        StoreException unwritable = new StoreException(Reason.UNWRITABLE, texts.get(key, location), e);
        synchronized (this) {
            if (state != State.FAILED) {
                failure = unwritable;
                state = State.FAILED;
                store.refuseFrom(unwritable);
                LOG.log(Level.ERROR, unwritable.getMessage(), e);
                post(unwritable.getMessage());
            }
        }
        return unwritable;
    }

    private void fail(StoreException e) {
        failure = e;
        state = State.FAILED;
        LOG.log(Level.ERROR, "The store did not open: " + e.getMessage(), e);
        close();
        post(e.getMessage());
    }

    @Deactivate
    void close() {
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
        if (keysRegistration != null) {
            keysRegistration.unregister();
            keysRegistration = null;
        }
        if (factoryRegistration != null) {
            factoryRegistration.unregister();
            factoryRegistration = null;
        }
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        if (server != null) {
            server.stop();
            server = null;
        }
        if (pool != null) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // never opened (locked, damaged): nothing to shut down
                LOG.log(Level.DEBUG, "Database not shut down: {0}", e.getMessage());
            }
            pool.dispose();
            pool = null;
        }
        store = null;
    }

    private List<RemoteChangeObserver> observers() {
        return remoteObservers;
    }

    private void postCommitted(Set<String> tables) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(Topics.STORE_COMMITTED, Map.of(Topics.PROPERTY_TABLES, tables.toArray(String[]::new))));
        }
    }

    private void post(String message) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(Topics.STORE_STATE, Map.of("state", state.name(), Topics.PROPERTY_MESSAGE, message)));
        }
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public Optional<StoreException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<AppliedMigration> migrations() {
        return migrations;
    }

    @Override
    public long pendingChanges() {
        LocalStore open = store;
        return open == null || state != State.OPEN ? 0 : open.size();
    }

    @Override
    public Optional<String> serverAddress() {
        DatabaseServer running = server;
        return running == null ? Optional.empty() : Optional.of(config.tcpBindAddress() + ":" + running.port());
    }
}
