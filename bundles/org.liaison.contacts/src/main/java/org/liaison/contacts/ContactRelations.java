package org.liaison.contacts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Who works where, and who knows whom. */
public interface ContactRelations {

    /** The link kinds offered first; others may be used. */
    List<String> LINK_KINDS = List.of("MENTOR", "REFERRER", "PARTNER", "COLLEAGUE", "FAMILY");

    /**
     * Records (when its id is {@code null}) or corrects an affiliation. The person's search words
     * then include the organisation's name.
     */
    Affiliation affiliate(Affiliation affiliation, Locale locale);

    void removeAffiliation(UUID affiliationId);

    /** A person's affiliations, current first. */
    List<Affiliation> affiliations(UUID personId);

    /** The affiliations of an organisation's people. */
    List<Affiliation> members(UUID organisationId);

    /** Links two different people; linking them again the same way changes nothing. */
    PersonLink link(UUID from, UUID to, String kind, Locale locale);

    void unlink(UUID linkId);

    /** The links from and to a person. */
    List<PersonLink> links(UUID personId);
}
