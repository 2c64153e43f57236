package org.liaison.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.example.sussex.grants.Grant;
import org.example.sussex.grants.GrantRegister;
import org.junit.jupiter.api.Test;
import org.liaison.core.id.Ids;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.store.StoreStatus;
import org.liaison.store.changes.CapturedChange;
import org.liaison.store.changes.Operation;
import org.liaison.store.changes.Outbox;
import org.liaison.test.support.StoreFixture;

/** The example agency bundle: its own migration runs, its own table is synced like Liaison's. */
class AgencyExtensionTest {

    @Test
    void anAgencyTableIsCreatedAndCapturedForSync() {
        StoreStatus status = StoreFixture.memory("agency-" + UUID.randomUUID());
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        GrantRegister grants = StoreFixture.service(GrantRegister.class);
        Outbox outbox = StoreFixture.service(Outbox.class);

        Grant grant = new Grant(Ids.newId(), "Hastings Makers", "Growth Fund", Money.of("2500.00", CurrencyCode.GBP),
                LocalDate.of(2026, 5, 1));
        grants.record(grant);

        assertEquals(List.of(grant), grants.all());
        List<CapturedChange> captured = outbox.after(0, 1000).stream().filter(c -> c.rowId().equals(grant.id())).toList();
        assertEquals(1, captured.size());
        assertEquals(Operation.INSERT, captured.get(0).operation());
        assertEquals("SUSSEX_GRANT", captured.get(0).table());
        assertEquals(Map.of("BUSINESS", "Hastings Makers", "SCHEME", "Growth Fund", "AMOUNT_PENCE", 250_000L,
                "AWARDED_ON", "2026-05-01"), captured.get(0).fields());
        assertTrue(status.migrations().stream().anyMatch(m -> m.owner().equals("org.example.sussex.grants")));
    }
}
