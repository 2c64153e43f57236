package org.liaison.niches.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.niches.Referral;
import org.liaison.store.Sql;
import org.liaison.store.Store;

/** The edges of the trust graph touching a set of contacts: recorded referrals and people's {@code referredBy}, each once. */
final class ReferralEdges {

    private final Store store;
    private final ContactProfiles profiles;

    ReferralEdges(Store store, ContactProfiles profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    List<Referral> touching(Set<UUID> ends) {
        if (ends.isEmpty()) {
            return List.of();
        }
        UUID[] ids = ends.toArray(UUID[]::new);
        List<Referral> edges = store.read(connection -> {
            List<Referral> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID, REFERRER_ID, REFERRED_ID, REFERRED_ON, HOW "
                    + "FROM NICHE_REFERRAL WHERE REFERRER_ID = ANY(?) UNION SELECT ID, REFERRER_ID, REFERRED_ID, REFERRED_ON, HOW "
                    + "FROM NICHE_REFERRAL WHERE REFERRED_ID = ANY(?) ORDER BY 4, 1")) {
                query.setObject(1, ids);
                query.setObject(2, ids);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Referral(Sql.uuid(rows, 1), Sql.uuid(rows, 2), Sql.uuid(rows, 3), Sql.date(rows, 4),
                                rows.getString(5) == null ? "" : rows.getString(5)));
                    }
                }
            }
            return found;
        });
        Set<String> recorded = new HashSet<>();
        edges.forEach(e -> recorded.add(e.referrer() + ">" + e.referred()));
        profiles.referrers(ends).forEach((referred, referrer) -> {
            if (recorded.add(referrer + ">" + referred)) {
                edges.add(new Referral(null, referrer, referred, null, ""));
            }
        });
        return edges;
    }
}
