package org.example.sussex.grants.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.example.sussex.grants.Grant;
import org.example.sussex.grants.GrantRegister;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The grant register over the store. */
@Component(service = GrantRegister.class)
public class StoreGrantRegister implements GrantRegister {

    private final Store store;

    @Activate
    public StoreGrantRegister(@Reference Store store) {
        this.store = store;
    }

    @Override
    public void record(Grant grant) {
        store.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SUSSEX_GRANT (ID, BUSINESS, SCHEME, AMOUNT_PENCE, AWARDED_ON) VALUES (?, ?, ?, ?, ?)")) {
                insert.setObject(1, grant.id());
                insert.setString(2, grant.business());
                insert.setString(3, grant.scheme());
                insert.setLong(4, grant.amount().minorUnits());
                insert.setDate(5, Date.valueOf(grant.awardedOn()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<Grant> all() {
        return store.read(connection -> {
            List<Grant> grants = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT ID, BUSINESS, SCHEME, AMOUNT_PENCE, AWARDED_ON FROM SUSSEX_GRANT ORDER BY AWARDED_ON DESC, ID");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    grants.add(new Grant(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            Money.ofMinor(rows.getLong(4), CurrencyCode.GBP), rows.getDate(5).toLocalDate()));
                }
            }
            return grants;
        });
    }
}
