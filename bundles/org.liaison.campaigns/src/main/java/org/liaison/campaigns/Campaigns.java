package org.liaison.campaigns;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns of the network. Every change is checked first (a
 * {@link org.liaison.core.validation.ValidationException} names each wrong field in
 * {@code locale}) and written in one transaction, captured for sync.
 */
public interface Campaigns {

    /** Creates the campaign (when its id is {@code null}) or changes it while it is a draft or scheduled. */
    Campaign save(Campaign campaign, Locale locale);

    Optional<Campaign> find(UUID id);

    /** Every campaign, newest first. */
    List<Campaign> all();

    /** Removes a draft with its audience and templates; a campaign that has sent anything stays. */
    void delete(UUID id, Locale locale);

    List<AudienceSource> audience(UUID campaignId);

    /**
     * What audiences can be made of on this desktop: the smart groups, and the niches and recent or
     * coming events when those areas are installed, by kind then name.
     */
    List<AudienceChoice> audienceChoices(Locale locale);

    /** Replaces the campaign's audience. */
    void saveAudience(UUID campaignId, List<AudienceSource> sources, Locale locale);

    /** The campaign's templates, one per language. */
    List<MailTemplate> templates(UUID campaignId);

    /**
     * Saves the template of one language, refused when it names an unknown placeholder, when its
     * HTML is broken or when it does not render.
     */
    void saveTemplate(UUID campaignId, MailTemplate template, Locale locale);

    /** Who the campaign would write to now, and who is left out and why. */
    AudienceReport report(UUID campaignId);

    /** The mail as {@code contactId} would get it. */
    RenderedMail preview(UUID campaignId, UUID contactId, Locale locale);

    /**
     * Freezes the recipient list and starts sending (or waits for the campaign's schedule).
     * Refused when a template is missing or wrong, when nobody is eligible, or when no mail server
     * is set up.
     */
    Campaign start(UUID campaignId, Locale locale);

    /** Stops sending after the mail in flight; {@link #resume} goes on with the next recipient. */
    Campaign pause(UUID campaignId, Locale locale);

    Campaign resume(UUID campaignId, Locale locale);

    /** Stops for good: the recipients still waiting get nothing. */
    Campaign cancel(UUID campaignId, Locale locale);

    Progress progress(UUID campaignId);

    /**
     * Who sends the campaign: the server for one started on a desktop connected to it, else the
     * desktop that started or resumed it. Only that runtime sends it, never two at once.
     *
     * @since 1.1
     */
    SendingPlace sendingPlace(UUID campaignId);

    /** Delivery records of the campaign in list order, from {@code offset}. */
    List<Delivery> deliveries(UUID campaignId, int offset, int limit);

    /**
     * Sends the campaign's mail in {@code language}, filled in for {@code asContactId} (or with
     * sample values when {@code null}), to {@code address} now; no delivery record is written.
     *
     * @return the mail server's answer
     */
    String sendTest(UUID campaignId, String language, UUID asContactId, String address, Locale locale);

    /**
     * Reads the return mailbox now: hard bounces hold the address, soft ones are counted, and
     * unsubscribe requests withdraw the recipient's consent. The mailbox is also read every few
     * minutes while a mail server with a mailbox is set up.
     *
     * @return what was read and what could not be
     */
    MailboxReading readReturnMailbox(Locale locale);

    /**
     * Unsubscribes the recipient of the mail that carried {@code token}: their consent for the
     * campaign's purpose by email is withdrawn (reaching every desktop by sync) and the delivery
     * record says so. A token that matches no mail changes nothing.
     *
     * @param source how the request came ("one-click link", "reply by mail")
     * @return whether the token matched a mail
     */
    boolean unsubscribe(String token, String source);
}
