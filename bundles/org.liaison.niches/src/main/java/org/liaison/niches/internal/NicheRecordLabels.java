package org.liaison.niches.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.liaison.workbench.RecordLabels;
import org.liaison.workbench.TextRecordLabels;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The niches' tables in words: a niche by its names, its members and rules by the niche, an introduction by the first person introduced. */
@Component(service = RecordLabels.class)
public class NicheRecordLabels extends TextRecordLabels {

    private static final List<String> NICHE = List.of("NICHE_NETWORK");
    private static final List<String> INTRODUCTION = List.of("NICHE_INTRODUCTION");

    private final Store store;

    @Activate
    public NicheRecordLabels(@Reference Store store) {
        super("org.liaison.niches.internal.labels", Map.of("NICHE_NETWORK", "SELECT NAME_EN || ' / ' || NAME_FR FROM NICHE_NETWORK WHERE ID = ?",
                "NICHE_INTRODUCTION", "SELECT TRIM(COALESCE(A.GIVEN_NAME, '') || ' ' || COALESCE(A.FAMILY_NAME, '')) || ' \u2194 '"
                        + " || TRIM(COALESCE(B.GIVEN_NAME, '') || ' ' || COALESCE(B.FAMILY_NAME, '')) FROM NICHE_INTRODUCTION I"
                        + " LEFT JOIN CONTACT_PERSON A ON A.ID = I.FIRST_ID LEFT JOIN CONTACT_PERSON B ON B.ID = I.SECOND_ID WHERE I.ID = ?",
                "NICHE_NEED_OFFER", "SELECT DESCRIPTION FROM NICHE_NEED_OFFER WHERE ID = ?"), Map.of("NICHE_RULE_TERM", new Parent("NICHE_ID", NICHE),
                "NICHE_MEMBER", new Parent("NICHE_ID", NICHE),
                "NICHE_NEED_OFFER_TERM", new Parent("NEED_OFFER_ID", List.of("NICHE_NEED_OFFER")),
                "NICHE_OUTCOME", new Parent("INTRODUCTION_ID", INTRODUCTION),
                "NICHE_FOLLOW_UP", new Parent("INTRODUCTION_ID", INTRODUCTION)));
        this.store = store;
    }

    @Override
    protected Optional<Object> first(String query, UUID row) {
        return store.read(connection -> Sql.first(connection, query, row));
    }
}
