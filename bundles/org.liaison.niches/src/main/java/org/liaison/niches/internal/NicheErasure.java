package org.liaison.niches.internal;

import java.util.UUID;

import org.liaison.contacts.ErasureParticipant;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Erasing a person removes them from the niches: their memberships, their needs and offers, and
 * the referrals that name them. Introductions stay, with their outcomes, for the network's value
 * figures: they point at the erased record, which holds nothing about the person any more, and
 * their reasons and outcome notes, written about the person, are emptied.
 */
@Component
public class NicheErasure implements ErasureParticipant {

    private final Store store;

    @Activate
    public NicheErasure(@Reference Store store) {
        this.store = store;
    }

    @Override
    public void erase(UUID personId) {
        store.transaction(connection -> {
            Sql.update(connection, "DELETE FROM NICHE_MEMBER WHERE CONTACT_ID = ?", personId);
            Sql.update(connection, "DELETE FROM NICHE_NEED_OFFER_TERM WHERE NEED_OFFER_ID IN "
                    + "(SELECT ID FROM NICHE_NEED_OFFER WHERE OWNER_ID = ?)", personId);
            Sql.update(connection, "DELETE FROM NICHE_NEED_OFFER WHERE OWNER_ID = ?", personId);
            Sql.update(connection, "DELETE FROM NICHE_REFERRAL WHERE REFERRER_ID = ?1 OR REFERRED_ID = ?1", personId);
            Sql.update(connection, "UPDATE NICHE_OUTCOME SET NOTE = NULL WHERE NOTE IS NOT NULL AND INTRODUCTION_ID IN "
                    + "(SELECT ID FROM NICHE_INTRODUCTION WHERE FIRST_ID = ?1 OR SECOND_ID = ?1)", personId);
            return Sql.update(connection, "UPDATE NICHE_INTRODUCTION SET REASON = '' WHERE FIRST_ID = ?1 OR SECOND_ID = ?1",
                    personId);
        });
    }
}
