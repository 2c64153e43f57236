package org.liaison.campaigns.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.RenderedMail;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.OutgoingMail;
import org.liaison.campaigns.delivery.UnsubscribeTokens;
import org.liaison.contacts.Affiliation;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.DataProtection;
import org.liaison.contacts.Organisation;
import org.liaison.contacts.Person;
import org.liaison.core.settings.UserSettings;
import org.liaison.store.NetworkKeys;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * What a campaign's mail to one recipient is: whether they may get it, the values of its
 * placeholders, the filled template, and the mail with its unsubscribe addresses.
 */
@Component(service = MailComposer.class)
public class MailComposer {

    private final ContactService contacts;
    private final ContactRelations relations;
    private final ConsentGate gate;
    private final NodeKeys keys;
    private final DeliveryTokens tokens;
    private final TemplateRenderer renderer = new TemplateRenderer();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventDetails events;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NicheNames niches;

    @Activate
    public MailComposer(@Reference ContactService contacts, @Reference ContactRelations relations,
            @Reference ConsentLedger consent, @Reference DataProtection protection, @Reference UserSettings settings,
            @Reference NetworkKeys networkKeys) {
        this.contacts = contacts;
        this.relations = relations;
        this.gate = new ConsentGate(contacts, consent, protection);
        this.keys = NodeKeys.load(new PrivateFile(settings.dataDirectory().resolve("campaigns").resolve("node.properties")));
        this.tokens = new DeliveryTokens(networkKeys, keys);
    }

    String node() {
        return keys.node();
    }

    /** The hash a delivery record is queued with: of its token under the network's current key. */
    String unsubscribeHash(UUID deliveryId) {
        return UnsubscribeTokens.hash(tokens.token(deliveryId, null));
    }

    /** The token a mail to the delivery carries: the one its record's hash was made of, when this runtime can make it again. */
    String unsubscribeToken(Connection connection, UUID deliveryId) throws SQLException {
        return tokens.token(deliveryId, DeliveryTable.unsubscribeHash(connection, deliveryId).orElse(null));
    }

    Eligibility check(Connection connection, Campaign campaign, List<MailTemplate> templates, UUID contactId,
            Instant at) throws SQLException {
        Set<String> languages = templates.stream().map(MailTemplate::language).collect(Collectors.toSet());
        return gate.check(connection, campaign, languages, contactId, at);
    }

    MailValues values(Campaign campaign, UUID contactId, Locale locale) {
        Optional<Person> person = contactId == null ? Optional.empty() : contacts.person(contactId);
        return person.isEmpty() ? sample(campaign, locale) : values(campaign, person.get(), locale);
    }

    private MailValues values(Campaign campaign, Person p, Locale locale) {
        String organisation = relations.affiliations(p.id()).stream().filter(a -> a.current(LocalDate.now()))
                .map(Affiliation::organisationId).map(contacts::organisation).flatMap(Optional::stream)
                .map(Organisation::name).findFirst().orElse("");
        return withCampaign(new MailValues(p.displayName(), p.givenName(), p.familyName(), organisation, null, null,
                null, null, null, null), campaign, locale);
    }

    /** Made-up values for checking a template and for a test send with nobody chosen. */
    MailValues sample(Campaign campaign, Locale locale) {
        var texts = CampaignTexts.in(locale);
        return withCampaign(new MailValues(texts.get("sample.name"), texts.get("sample.givenName"),
                texts.get("sample.familyName"), texts.get("sample.organisation"), null, null, null, null, null,
                "https://example.org/unsubscribe"), campaign, locale);
    }

    private MailValues withCampaign(MailValues values, Campaign campaign, Locale locale) {
        String niche = Optional.ofNullable(campaign.nicheId()).flatMap(id -> Optional.ofNullable(niches))
                .flatMap(n -> n.name(campaign.nicheId(), locale)).orElse("");
        String[] event = Optional.ofNullable(campaign.meetingId()).flatMap(id -> Optional.ofNullable(events))
                .flatMap(e -> e.event(campaign.meetingId(), locale)).orElse(new String[] {"", "", "", ""});
        return new MailValues(values.name(), values.givenName(), values.familyName(), values.organisation(), niche,
                event[0], event[1], event[2], event[3], values.unsubscribeLink());
    }

    RenderedMail render(MailTemplate template, MailValues values, Locale locale) {
        return renderer.render(template, values, locale);
    }

    void check(MailTemplate template, Campaign campaign, Locale locale) {
        renderer.check(template, sample(campaign, locale), locale);
    }

    /**
     * The mail to a recipient the consent gate let through. Its unsubscribe link is the server's page
     * when one is configured, else a mail to the return address whose subject carries the token.
     */
    OutgoingMail compose(Campaign campaign, MailTemplate template, String token, Eligibility recipient,
            String messageId, MailServer server) {
        Locale locale = Locale.forLanguageTag(template.language());
        return compose(campaign, template, token, values(campaign, recipient.person(), locale), recipient.address(),
                recipient.name(), messageId, server);
    }

    /** A test mail: filled in for {@code contactId}, or with sample values when {@code null}. */
    OutgoingMail composeTest(Campaign campaign, MailTemplate template, UUID contactId, String toAddress, String subjectPrefix,
            String messageId, MailServer server) {
        Locale locale = Locale.forLanguageTag(template.language());
        OutgoingMail mail = compose(campaign, template, tokens.token(UUID.randomUUID(), null), values(campaign, contactId, locale),
                toAddress, "", messageId, server);
        return new OutgoingMail(mail.fromAddress(), mail.fromName(), mail.replyTo(), mail.toAddress(), mail.toName(),
                subjectPrefix + mail.subject(), mail.html(), mail.text(), mail.messageId(), mail.unsubscribeMailto(),
                mail.unsubscribeUrl());
    }

    private OutgoingMail compose(Campaign campaign, MailTemplate template, String token, MailValues values,
            String toAddress, String toName, String messageId, MailServer server) {
        String mailto = "mailto:" + server.returnAddress() + "?subject=unsubscribe%20" + token;
        String url = server.unsubscribeBaseUrl() == null || server.unsubscribeBaseUrl().isBlank() ? null
                : server.unsubscribeBaseUrl().replaceAll("/+$", "") + "/unsubscribe?t=" + token;
        RenderedMail mail = renderer.render(template, values.withUnsubscribeLink(url != null ? url : mailto),
                Locale.forLanguageTag(template.language()));
        return new OutgoingMail(campaign.senderAddress(), campaign.senderName(), campaign.replyTo(), toAddress, toName,
                mail.subject(), mail.html(), mail.text(), messageId, mailto, url);
    }
}
