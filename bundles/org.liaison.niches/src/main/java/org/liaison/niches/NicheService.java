package org.liaison.niches;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ProfileCriteria;

/**
 * Niche networks and their members. Saves are checked first (a {@link
 * org.liaison.core.validation.ValidationException} names each wrong field in {@code locale}) and
 * written in one transaction.
 */
public interface NicheService {

    /** A niche with fewer joined members than this is thin. */
    int THIN_MEMBERS = 5;

    /**
     * Creates the niche (id {@code null}) or replaces it. Both names are required; the rule needs a
     * known sector and a known customer segment; regions and languages must be codes.
     */
    Niche save(Niche niche, Locale locale);

    /** Removes the niche, its rule and its members' statuses; introductions made inside it stay. */
    void delete(UUID nicheId);

    Optional<Niche> niche(UUID id);

    /** Every niche, by name in {@code locale}. */
    List<Niche> niches(Locale locale);

    /**
     * How many contacts a rule finds, for a live count while the rule is edited: sectors as people
     * type them ("6201", "J"), those that name no heading finding nothing.
     */
    long count(ProfileCriteria rule);

    /**
     * The niche's members: contacts its rule finds (candidates unless a status was recorded) and
     * contacts with a status who no longer match, by status then name; at most {@code limit}.
     */
    List<Member> members(UUID nicheId, int limit);

    /**
     * Moves a contact to {@code status} on {@code on}. A move that {@link MemberStatus#next()} does
     * not allow is refused with a message saying which moves are possible.
     */
    Member changeStatus(UUID nicheId, UUID contactId, MemberStatus status, LocalDate on, Locale locale);

    /**
     * Moves several contacts to {@code status} in one transaction: all of them, or none when one
     * cannot make that move (the problem names that contact).
     */
    List<Member> changeStatus(UUID nicheId, List<UUID> contactIds, MemberStatus status, LocalDate on, Locale locale);

    /** The niches a contact has joined or has a status in, with that status. */
    List<Member> membershipsOf(UUID contactId);

    /** The niches whose rule finds the contact, whatever their status. */
    List<Niche> nichesMatching(UUID contactId, Locale locale);

    /** Each niche's health as of {@code today}: thin when few joined or no introduction for {@code quietMonths}. */
    List<NicheHealth> health(LocalDate today, int quietMonths, Locale locale);

    /** People and organisations who joined no niche, at most {@code limit}, by name. */
    List<ContactSummary> inNoNiche(int limit);
}
