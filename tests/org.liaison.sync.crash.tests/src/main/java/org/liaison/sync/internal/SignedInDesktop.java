package org.liaison.sync.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.liaison.core.clock.HybridLogicalClocks;
import org.liaison.store.OpenStore;
import org.liaison.store.Store;
import org.liaison.store.StoreFactory;
import org.liaison.sync.protocol.LoginRequest;
import org.liaison.sync.protocol.LoginResponse;
import org.liaison.test.support.ServerProduct;
import org.liaison.test.support.StoreFixture;

/** A desktop's database in this process, connected and signed in to the server product, as a colleague's. */
record SignedInDesktop(OpenStore store, HttpsTransport transport) {

    static SignedInDesktop signedIn(ServerProduct server, String account, String password, String device) {
        OpenStore store = StoreFixture.service(StoreFactory.class).openInMemory(device + "-" + UUID.randomUUID(),
                HybridLogicalClocks.over(Clock.systemUTC()));
        return new SignedInDesktop(store, signIn(store.store(), server, account, password, device));
    }

    /** Connects the desktop database {@code store} to {@code server} and signs it in; gives back the way to reach it. */
    static HttpsTransport signIn(Store store, ServerProduct server, String account, String password, String device) {
        HttpsTransport transport = new HttpsTransport(server.address, server.fingerprint);
        ClientState.connect(store, server.address, server.fingerprint, account, device);
        LoginResponse session = transport.login(new LoginRequest(account, password, device, null));
        ClientState.signedIn(store, session.deviceId(), session.token(), session.expiresAt());
        return transport;
    }

    /** The same desktop reaching {@code server} restarted: it listens on another free port. */
    SignedInDesktop reaching(ServerProduct server) {
        return new SignedInDesktop(store, new HttpsTransport(server.address, server.fingerprint));
    }

    SyncEngine engine() {
        return new SyncEngine(store.store(), store.outbox(), store.remoteChanges(), transport, store.networkKeys());
    }

    Set<UUID> writePeople(int count) {
        Set<UUID> ids = new HashSet<>();
        store.store().transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CONTACT_PERSON (ID, GIVEN_NAME, FAMILY_NAME, "
                    + "ROLE, READINESS, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, 'OTHER', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, "Person " + i);
                    insert.setString(3, "Family name long enough to fill pages " + i);
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        });
        return ids;
    }

    Set<UUID> people() {
        return people(store.store());
    }

    /** The people in {@code store}. */
    static Set<UUID> people(Store store) {
        return store.read(connection -> {
            Set<UUID> ids = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM CONTACT_PERSON");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }
}
