package org.liaison.campaigns.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.liaison.campaigns.AudienceChoice;
import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.AudienceReport;
import org.liaison.campaigns.AudienceSource;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.Campaigns;
import org.liaison.campaigns.Delivery;
import org.liaison.campaigns.LeftOutReason;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.MailboxReading;
import org.liaison.campaigns.Progress;
import org.liaison.campaigns.SendingPlace;
import org.liaison.campaigns.RenderedMail;
import org.liaison.campaigns.delivery.MailFailure;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.campaigns.delivery.MailTransport;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.EmailAddresses;
import org.liaison.contacts.SavedSearches;
import org.liaison.core.i18n.Messages;
import org.liaison.core.id.Ids;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;
import org.liaison.store.Sql;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Campaigns in the local database; sending is done by {@link CampaignSender}. */
@Component(service = Campaigns.class)
public class StoreCampaigns implements Campaigns {

    private static final int NAME_LENGTH = 200;
    /** The languages a campaign can be written in: those of the desktop. */
    private static final Set<String> LANGUAGES = Set.of("en", "fr");

    private final Store store;
    private final ContactService contacts;
    private final SavedSearches groups;
    private final MailComposer composer;
    private final CampaignSender sender;
    private final ReturnMail returnMail;
    private final MailSettings settings;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<AudienceMembers> members = new CopyOnWriteArrayList<>();

    @Activate
    public StoreCampaigns(@Reference Store store, @Reference ContactService contacts, @Reference SavedSearches groups,
            @Reference MailComposer composer, @Reference CampaignSender sender, @Reference ReturnMail returnMail,
            @Reference MailSettings settings) {
        this.store = store;
        this.contacts = contacts;
        this.groups = groups;
        this.composer = composer;
        this.sender = sender;
        this.returnMail = returnMail;
        this.settings = settings;
    }

    @Override
    public Campaign save(Campaign campaign, Locale locale) {
        Campaign checked = checked(campaign, locale);
        return store.transaction(connection -> {
            Instant now = Instant.now();
            if (checked.id() == null) {
                Campaign created = checked.withId(Ids.newId());
                CampaignTable.insert(connection, new Campaign(created.id(), created.name(), created.purpose(),
                        created.consentPurpose(), created.defaultLanguage(), created.senderAddress(),
                        created.senderName(), created.replyTo(), created.meetingId(), created.nicheId(),
                        created.scheduledAt(), created.perMinute(), created.perHour(), CampaignStatus.DRAFT, null),
                        System.getProperty("user.name", "staff"), now);
                return CampaignTable.find(connection, created.id()).orElseThrow();
            }
            Campaign current = editable(connection, checked.id(), locale);
            CampaignTable.update(connection, checked, now);
            return CampaignTable.find(connection, current.id()).orElseThrow();
        });
    }

    private Campaign checked(Campaign campaign, Locale locale) {
        Messages texts = CampaignTexts.in(locale);
        List<ValidationProblem> problems = new ArrayList<>();
        if (campaign.name() == null || campaign.name().isBlank()) {
            problems.add(ValidationProblem.field("name", texts.get("campaign.nameRequired")));
        } else if (campaign.name().length() > NAME_LENGTH) {
            problems.add(ValidationProblem.field("name", texts.get("campaign.nameTooLong", NAME_LENGTH)));
        }
        String sender = address(campaign.senderAddress(), "senderAddress", locale, problems);
        String replyTo = campaign.replyTo() == null || campaign.replyTo().isBlank() ? null
                : address(campaign.replyTo(), "replyTo", locale, problems);
        if (campaign.senderName() != null && campaign.senderName().length() > NAME_LENGTH) {
            problems.add(ValidationProblem.field("senderName", texts.get("campaign.nameTooLong", NAME_LENGTH)));
        }
        if (!LANGUAGES.contains(campaign.defaultLanguage())) {
            problems.add(ValidationProblem.field("defaultLanguage", texts.get("campaign.language",
                    campaign.defaultLanguage())));
        }
        if (campaign.perMinute() < 0 || campaign.perHour() < 0) {
            problems.add(ValidationProblem.field("perMinute", texts.get("campaign.throttle")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String senderName = campaign.senderName() == null ? null : campaign.senderName().strip();
        return new Campaign(campaign.id(), campaign.name().strip(), campaign.purpose(), campaign.consentPurpose(),
                campaign.defaultLanguage(), sender, senderName, replyTo, campaign.meetingId(), campaign.nicheId(),
                campaign.scheduledAt(), campaign.perMinute(), campaign.perHour(), campaign.status(),
                campaign.statusReason());
    }

    private static String address(String value, String field, Locale locale, List<ValidationProblem> problems) {
        try {
            return EmailAddresses.normalize(value, field, locale);
        } catch (ValidationException e) {
            problems.addAll(e.problems());
            return value;
        }
    }

    private static Campaign editable(Connection connection, UUID id, Locale locale) throws SQLException {
        Campaign current = CampaignTable.find(connection, id).orElseThrow(() -> new ValidationException(
                ValidationProblem.field("id", CampaignTexts.in(locale).get("campaign.unknown"))));
        if (!current.status().editable()) {
            throw new ValidationException(ValidationProblem.field("status", CampaignTexts.in(locale)
                    .get("campaign.notEditable", CampaignTexts.in(locale).get("status." + current.status().name()))));
        }
        return current;
    }

    @Override
    public Optional<Campaign> find(UUID id) {
        return store.read(connection -> CampaignTable.find(connection, id));
    }

    @Override
    public List<Campaign> all() {
        return store.read(CampaignTable::all);
    }

    @Override
    public void delete(UUID id, Locale locale) {
        store.transaction(connection -> {
            Campaign current = editable(connection, id, locale);
            if (Sql.count(connection, "SELECT COUNT(*) FROM CAMPAIGN_DELIVERY WHERE CAMPAIGN_ID = ?", id) > 0) {
                throw new ValidationException(ValidationProblem.field("status", CampaignTexts.in(locale)
                        .get("campaign.hasDeliveries")));
            }
            CampaignTable.delete(connection, current.id());
            return null;
        });
    }

    @Override
    public List<AudienceSource> audience(UUID campaignId) {
        return store.read(connection -> CampaignTable.audience(connection, campaignId));
    }

    @Override
    public List<AudienceChoice> audienceChoices(Locale locale) {
        List<AudienceChoice> choices = new ArrayList<>();
        groups.all().forEach(group -> choices.add(new AudienceChoice(AudienceKind.SMART_GROUP, group.id(), group.name())));
        for (AudienceKind kind : List.of(AudienceKind.NICHE, AudienceKind.MEETING)) {
            members.stream().filter(m -> m.kind() == kind).findFirst().ifPresent(m -> choices.addAll(m.choices(locale)));
        }
        return choices;
    }

    @Override
    public void saveAudience(UUID campaignId, List<AudienceSource> sources, Locale locale) {
        store.transaction(connection -> {
            editable(connection, campaignId, locale);
            CampaignTable.replaceAudience(connection, campaignId, List.copyOf(new LinkedHashSet<>(sources)));
            return null;
        });
    }

    @Override
    public List<MailTemplate> templates(UUID campaignId) {
        return store.read(connection -> CampaignTable.templates(connection, campaignId));
    }

    @Override
    public void saveTemplate(UUID campaignId, MailTemplate template, Locale locale) {
        Campaign campaign = find(campaignId).orElseThrow(() -> new ValidationException(
                ValidationProblem.field("id", CampaignTexts.in(locale).get("campaign.unknown"))));
        if (!LANGUAGES.contains(template.language())) {
            throw new ValidationException(ValidationProblem.field("language", CampaignTexts.in(locale)
                    .get("campaign.language", template.language())));
        }
        composer.check(template, campaign, locale);
        store.transaction(connection -> {
            editable(connection, campaignId, locale);
            CampaignTable.saveTemplate(connection, campaignId, template);
            return null;
        });
    }

    @Override
    public AudienceReport report(UUID campaignId) {
        Campaign campaign = find(campaignId).orElseThrow();
        List<MailTemplate> templates = templates(campaignId);
        return store.read(connection -> report(connection, campaign, templates, Instant.now()));
    }

    private AudienceReport report(Connection connection, Campaign campaign, List<MailTemplate> templates, Instant at)
            throws SQLException {
        Set<UUID> included = new LinkedHashSet<>();
        Set<UUID> excluded = new LinkedHashSet<>();
        for (AudienceSource source : CampaignTable.audience(connection, campaign.id())) {
            (source.excluded() ? excluded : included).addAll(members(source));
        }
        List<AudienceReport.Recipient> recipients = new ArrayList<>();
        List<AudienceReport.LeftOut> leftOut = new ArrayList<>();
        Set<String> addresses = new java.util.HashSet<>();
        for (UUID contactId : included) {
            if (excluded.contains(contactId)) {
                leftOut.add(new AudienceReport.LeftOut(contactId, name(contactId), LeftOutReason.EXCLUDED));
                continue;
            }
            Eligibility eligibility = composer.check(connection, campaign, templates, contactId, at);
            if (!eligibility.eligible()) {
                leftOut.add(new AudienceReport.LeftOut(contactId, eligibility.name(), eligibility.refused().get()));
            } else if (addresses.add(eligibility.address().toLowerCase(Locale.ROOT))) {
                recipients.add(new AudienceReport.Recipient(contactId, eligibility.name(), eligibility.address(),
                        eligibility.language()));
            }
        }
        return new AudienceReport(recipients, leftOut);
    }

    private List<UUID> members(AudienceSource source) {
        if (source.kind() == AudienceKind.CONTACT) {
            return List.of(source.refId());
        }
        if (source.kind() == AudienceKind.SMART_GROUP) {
            return groups.find(source.refId()).isPresent() ? groups.members(source.refId()) : List.of();
        }
        return members.stream().filter(m -> m.kind() == source.kind()).findFirst().map(m -> m.members(source.refId()))
                .orElse(List.of());
    }

    private String name(UUID contactId) {
        return contacts.person(contactId).map(p -> p.displayName())
                .or(() -> contacts.organisation(contactId).map(o -> o.name())).orElse("");
    }

    @Override
    public RenderedMail preview(UUID campaignId, UUID contactId, Locale locale) {
        Campaign campaign = find(campaignId).orElseThrow();
        List<MailTemplate> templates = templates(campaignId);
        String language = contactId == null ? locale.getLanguage()
                : contacts.person(contactId).map(p -> p.preferredLanguage()).orElse(campaign.defaultLanguage());
        MailTemplate template = templates.stream().filter(t -> t.language().equals(language)).findFirst()
                .or(() -> templates.stream().filter(t -> t.language().equals(campaign.defaultLanguage())).findFirst())
                .orElseThrow(() -> new ValidationException(ValidationProblem.field("language",
                        CampaignTexts.in(locale).get("start.noTemplate", campaign.defaultLanguage()))));
        MailValues values = contactId == null ? composer.sample(campaign, locale)
                : composer.values(campaign, contactId, Locale.forLanguageTag(template.language()));
        return composer.render(template, values.withUnsubscribeLink("https://example.org/unsubscribe"), locale);
    }

    @Override
    public Campaign start(UUID campaignId, Locale locale) {
        Messages texts = CampaignTexts.in(locale);
        Campaign campaign = find(campaignId).orElseThrow(() -> new ValidationException(
                ValidationProblem.field("id", texts.get("campaign.unknown"))));
        List<ValidationProblem> problems = new ArrayList<>();
        if (campaign.status() != CampaignStatus.DRAFT) {
            problems.add(ValidationProblem.field("status", texts.get("campaign.notEditable",
                    texts.get("status." + campaign.status().name()))));
        }
        List<MailTemplate> templates = templates(campaignId);
        if (templates.stream().noneMatch(t -> t.language().equals(campaign.defaultLanguage()))) {
            problems.add(ValidationProblem.field("templates", texts.get("start.noTemplate", campaign.defaultLanguage())));
        }
        for (MailTemplate template : templates) {
            try {
                composer.check(template, campaign, locale);
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        String node = sender.nodeForStart();
        if (!sender.startReachesSender()) {
            problems.add(ValidationProblem.field("status", texts.get("start.changesStayHere")));
        }
        // the server checks its own mail server when it takes the campaign: it pauses it with the reason if it has none
        if (node.equals(sender.node()) && settings.current().isEmpty()) {
            problems.add(ValidationProblem.field("mailServer", texts.get("start.noMailServer")));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Campaign started = store.transaction(connection -> {
            Instant now = Instant.now();
            AudienceReport report = report(connection, campaign, templates, now);
            if (report.recipients().isEmpty()) {
                throw new ValidationException(ValidationProblem.field("audience", texts.get("start.nobody",
                        report.leftOut().size())));
            }
            int position = 0;
            for (AudienceReport.Recipient recipient : report.recipients()) {
                UUID deliveryId = DeliveryTable.id(campaignId, recipient.contactId());
                DeliveryTable.queue(connection, campaignId, recipient.contactId(), position++, recipient.address(),
                        recipient.language(), composer.unsubscribeHash(deliveryId), now);
            }
            boolean later = campaign.scheduledAt() != null && campaign.scheduledAt().isAfter(now);
            CampaignTable.status(connection, campaignId, later ? CampaignStatus.SCHEDULED : CampaignStatus.SENDING,
                    null, node, now);
            return CampaignTable.find(connection, campaignId).orElseThrow();
        });
        if (started.status() == CampaignStatus.SENDING && node.equals(sender.node())) {
            sender.wake(campaignId);
        }
        return started;
    }

    @Override
    public Campaign pause(UUID campaignId, Locale locale) {
        return move(campaignId, Set.of(CampaignStatus.SENDING, CampaignStatus.SCHEDULED), CampaignStatus.PAUSED, locale);
    }

    @Override
    public Campaign resume(UUID campaignId, Locale locale) {
        String node = sender.nodeForStart();
        if (!sender.startReachesSender()) {
            throw new ValidationException(ValidationProblem.field("status", CampaignTexts.in(locale).get("start.changesStayHere")));
        }
        Campaign resumed = store.transaction(connection -> {
            Campaign current = CampaignTable.find(connection, campaignId).orElseThrow();
            if (current.status() != CampaignStatus.PAUSED) {
                throw refused(current, CampaignStatus.SENDING, locale);
            }
            // never two senders: the node that sent it lets go of it once it has stopped, and this desktop learns it by sync
            Optional<String> holder = CampaignTable.sendingNode(connection, campaignId);
            if (holder.isPresent() && !holder.get().equals(node) && !holder.get().equals(sender.node())) {
                throw new ValidationException(ValidationProblem.field("status", CampaignTexts.in(locale).get(
                        holder.get().equals(CampaignSender.SERVER_NODE) ? "resume.heldByServer" : "resume.heldByDesktop")));
            }
            // whoever resumes a paused campaign sends it from then on (the server, for a desktop connected to one)
            CampaignTable.status(connection, campaignId, CampaignStatus.SENDING, null, node, Instant.now());
            return CampaignTable.find(connection, campaignId).orElseThrow();
        });
        if (node.equals(sender.node())) {
            sender.wake(campaignId);
        }
        return resumed;
    }

    @Override
    public Campaign cancel(UUID campaignId, Locale locale) {
        return store.transaction(connection -> {
            Campaign current = CampaignTable.find(connection, campaignId).orElseThrow();
            if (current.status().finished()) {
                throw refused(current, CampaignStatus.CANCELLED, locale);
            }
            DeliveryTable.cancelWaiting(connection, campaignId, "CANCELLED");
            CampaignTable.status(connection, campaignId, CampaignStatus.CANCELLED, null, null, Instant.now());
            return CampaignTable.find(connection, campaignId).orElseThrow();
        });
    }

    private Campaign move(UUID campaignId, Set<CampaignStatus> from, CampaignStatus to, Locale locale) {
        return store.transaction(connection -> {
            Campaign current = CampaignTable.find(connection, campaignId).orElseThrow();
            if (!from.contains(current.status())) {
                throw refused(current, to, locale);
            }
            CampaignTable.status(connection, campaignId, to, null, null, Instant.now());
            return CampaignTable.find(connection, campaignId).orElseThrow();
        });
    }

    private static ValidationException refused(Campaign current, CampaignStatus to, Locale locale) {
        Messages texts = CampaignTexts.in(locale);
        return new ValidationException(ValidationProblem.field("status", texts.get("campaign.cannotMove",
                texts.get("status." + current.status().name()), texts.get("status." + to.name()))));
    }

    @Override
    public SendingPlace sendingPlace(UUID campaignId) {
        Optional<String> node = store.read(connection -> CampaignTable.sendingNode(connection, campaignId));
        if (node.isEmpty()) {
            return SendingPlace.NOBODY;
        }
        if (node.get().equals(sender.node())) {
            return SendingPlace.HERE;
        }
        return node.get().equals(CampaignSender.SERVER_NODE) ? SendingPlace.SERVER : SendingPlace.ANOTHER_DESKTOP;
    }

    @Override
    public Progress progress(UUID campaignId) {
        return store.read(connection -> DeliveryTable.progress(connection, campaignId, Instant.now()));
    }

    @Override
    public List<Delivery> deliveries(UUID campaignId, int offset, int limit) {
        return store.read(connection -> DeliveryTable.page(connection, campaignId, offset, limit));
    }

    @Override
    public String sendTest(UUID campaignId, String language, UUID asContactId, String address, Locale locale) {
        Messages texts = CampaignTexts.in(locale);
        String to = EmailAddresses.normalize(address, "address", locale);
        Campaign campaign = find(campaignId).orElseThrow();
        MailTemplate template = templates(campaignId).stream().filter(t -> t.language().equals(language)).findFirst()
                .orElseThrow(() -> new ValidationException(ValidationProblem.field("language",
                        texts.get("start.noTemplate", language))));
        MailServer server = settings.current().orElseThrow(() -> new ValidationException(
                ValidationProblem.field("mailServer", texts.get("start.noMailServer"))));
        MailTransport mailer = sender.transport().orElseThrow(() -> new ValidationException(
                ValidationProblem.field("mailServer", texts.get("start.noTransport"))));
        String domain = server.returnAddress().substring(server.returnAddress().indexOf('@') + 1);
        var mail = composer.composeTest(campaign, template, asContactId, to, texts.get("test.subject", ""),
                "test." + Ids.newId() + "@" + domain, server);
        try {
            return mailer.send(mail, server);
        } catch (MailFailure e) {
            throw new ValidationException(ValidationProblem.field("mailServer", texts.get("test.failed",
                    e.getMessage())));
        }
    }

    @Override
    public MailboxReading readReturnMailbox(Locale locale) {
        Messages texts = CampaignTexts.in(locale);
        MailServer server = settings.current().filter(MailServer::readsMailbox).orElseThrow(() ->
                new ValidationException(ValidationProblem.field("mailbox", texts.get("mailbox.none"))));
        MailTransport mailer = sender.transport().orElseThrow(() -> new ValidationException(
                ValidationProblem.field("mailServer", texts.get("start.noTransport"))));
        try {
            return returnMail.read(server, mailer);
        } catch (MailFailure e) {
            throw new ValidationException(ValidationProblem.field("mailbox", texts.get("mailbox.failed",
                    e.getMessage())));
        }
    }

    @Override
    public boolean unsubscribe(String token, String source) {
        return returnMail.unsubscribe(token, source);
    }
}
