package org.liaison.campaigns.mail.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.liaison.bench.BenchLine;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.AudienceSource;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignPurpose;
import org.liaison.campaigns.CampaignStatus;
import org.liaison.campaigns.Campaigns;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.RenderedMail;
import org.liaison.campaigns.delivery.MailSecurity;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.campaigns.delivery.OutgoingMail;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.contacts.SavedSearches;
import org.liaison.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * 10,000 personalised mails, half in English and half in French, sent by a campaign through
 * Camel to a local SMTP server with throttling off: from Start until the campaign is done, with
 * the consent gate, rendering and the two durable writes of each recipient's record. The baseline
 * is a plain Jakarta Mail loop composing and sending the same rendered mails to the same server
 * over one connection (and, on a line of its own, one connection a mail, as Camel's mail
 * component does).
 */
@Component(service = Benchmark.class)
public class CampaignSendBenchmark implements Benchmark {

    static final int MAILS = 10_000;
    private static final int BATCH = 1_000;
    private static final String TAG = "bench-campaign";
    private static final String RETURN = "bounces@bench.example.org";

    @Reference
    private Store store;
    @Reference
    private ContactService contacts;
    @Reference
    private ConsentLedger consent;
    @Reference
    private SavedSearches groups;
    @Reference
    private Campaigns campaigns;
    @Reference
    private MailSettings settings;

    @Override
    public String name() {
        return "campaign-send";
    }

    @Override
    public String description() {
        return "10,000 personalised mails (en, fr) through a campaign to a local SMTP server, throttling off "
                + "(goal >= 500 mails/s and <= 1.5x), against a plain Jakarta Mail loop sending the same rendered mails";
    }

    @Override
    public void run(BenchSettings bench, PrintStream out) throws Exception {
        UUID audience = ensureAudience(out);
        try (SinkSmtp smtp = new SinkSmtp()) {
            MailServer server = new MailServer("127.0.0.1", smtp.port(), MailSecurity.NONE, null, null, RETURN, null,
                    null, 0, null, null, null, null);
            settings.save(server, Locale.ENGLISH);
            Campaign campaign = campaign(audience);

            long start = System.nanoTime();
            campaigns.start(campaign.id(), Locale.ENGLISH);
            long frozen = System.nanoTime();
            while (campaigns.find(campaign.id()).orElseThrow().status() != CampaignStatus.DONE) {
                Thread.sleep(20);
            }
            double liaison = (System.nanoTime() - start) / 1e9;
            int sentByLiaison = smtp.accepted.get();

            List<OutgoingMail> mails = rendered(campaign, server);
            double oneConnection = plainLoop(mails, smtp.port(), true);
            double connectionEach = plainLoop(mails, smtp.port(), false);

            out.println(BenchLine.format(name(), liaison, "s", oneConnection, "s"));
            out.println(BenchLine.format(name() + "-connection-each", liaison, "s", connectionEach, "s"));
            out.printf(Locale.ROOT, "  %d mails accepted by the server (%d expected): %.0f mails/s, of which %.1f s "
                    + "freezing the list; the plain loop %.0f mails/s on one connection, %.0f mails/s with one "
                    + "connection a mail; goal >= 500 mails/s and <= 1.5x%n", sentByLiaison, MAILS, MAILS / liaison,
                    (frozen - start) / 1e9, MAILS / oneConnection, MAILS / connectionEach);
        }
    }

    /** 10,000 people with an address and newsletter consent, and a smart group of them; kept for later runs. */
    private UUID ensureAudience(PrintStream out) {
        ContactFilter tagged = new ContactFilter(null, null, null, null, null, TAG, null);
        UUID group = groups.save("Campaign benchmark", "", tagged, Locale.ENGLISH).id();
        int held = groups.members(group).size();
        if (held >= MAILS) {
            out.printf(Locale.ROOT, "  %d recipients already in the kept store%n", held);
            return group;
        }
        long start = System.nanoTime();
        for (int from = held; from < MAILS; from += BATCH) {
            List<Person> people = new ArrayList<>();
            for (int i = from; i < Math.min(MAILS, from + BATCH); i++) {
                boolean french = i % 2 == 1;
                people.add(new Person(null, french ? "H\u00e9l\u00e8ne" : "Harriet", "Bench" + i, french ? "fr" : "en",
                        Set.of(), french ? "FR-76" : "GB-ESX", PostalAddress.NONE, ContactRole.OTHER, Readiness.OPEN,
                        null, null, null, List.of(new Email("person" + i + "@bench.example.org", true)), List.of(),
                        Set.of(TAG), List.of()));
            }
            List<Person> saved = contacts.saveAll(people, Locale.ENGLISH);
            store.transaction(connection -> {
                for (Person person : saved) {
                    consent.record(person.id(), ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, true, "benchmark",
                            null, null, Locale.ENGLISH);
                }
                return null;
            });
        }
        out.printf(Locale.ROOT, "  recorded %d recipients with their consent in %.0f s%n", MAILS - held,
                (System.nanoTime() - start) / 1e9);
        return group;
    }

    private Campaign campaign(UUID group) {
        Campaign campaign = campaigns.save(Campaign.draft("Benchmark " + UUID.randomUUID(), CampaignPurpose.NEWSLETTER,
                "news@bench.example.org"), Locale.ENGLISH);
        campaigns.saveAudience(campaign.id(), List.of(AudienceSource.include(AudienceKind.SMART_GROUP, group)),
                Locale.ENGLISH);
        campaigns.saveTemplate(campaign.id(), new MailTemplate("en", "News for ${givenName}",
                "<p>Dear ${name},</p><p>Three firms met their French partners this autumn.</p>"
                        + "<p><a href=\"${unsubscribeLink}\">Unsubscribe</a></p>",
                "Dear ${name},\nThree firms met their French partners this autumn.\nUnsubscribe: ${unsubscribeLink}\n"),
                Locale.ENGLISH);
        campaigns.saveTemplate(campaign.id(), new MailTemplate("fr", "Des nouvelles pour ${givenName}",
                "<p>Bonjour ${name},</p><p>Trois entreprises ont rencontr\u00e9 leurs partenaires anglais.</p>"
                        + "<p><a href=\"${unsubscribeLink}\">Se d\u00e9sabonner</a></p>",
                "Bonjour ${name},\nTrois entreprises ont rencontr\u00e9 leurs partenaires anglais.\n"
                        + "Se d\u00e9sabonner : ${unsubscribeLink}\n"), Locale.ENGLISH);
        return campaign;
    }

    /** The mails as the campaign rendered them, each to its recipient, made before the loop is timed. */
    private List<OutgoingMail> rendered(Campaign campaign, MailServer server) {
        List<OutgoingMail> mails = new ArrayList<>();
        for (var delivery : campaigns.deliveries(campaign.id(), 0, MAILS)) {
            RenderedMail mail = campaigns.preview(campaign.id(), delivery.contactId(), Locale.ENGLISH);
            mails.add(new OutgoingMail(campaign.senderAddress(), null, null, delivery.address(), null, mail.subject(),
                    mail.html(), mail.text(), delivery.id() + ".plain@bench.example.org",
                    "mailto:" + server.returnAddress(), null));
        }
        return mails;
    }

    /** Composes and sends every mail with Jakarta Mail alone; gives the seconds it took. */
    private static double plainLoop(List<OutgoingMail> mails, int port, boolean oneConnection) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CampaignSendBenchmark.class.getClassLoader());
        try {
            Properties properties = new Properties();
            properties.setProperty("mail.smtp.host", "127.0.0.1");
            properties.setProperty("mail.smtp.port", Integer.toString(port));
            Session session = Session.getInstance(properties);
            long start = System.nanoTime();
            if (oneConnection) {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect();
                    for (OutgoingMail mail : mails) {
                        MimeMessage message = MimeMails.compose(mail, RETURN);
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                }
            } else {
                for (OutgoingMail mail : mails) {
                    MimeMessage message = MimeMails.compose(mail, RETURN);
                    try (Transport transport = session.getTransport("smtp")) {
                        transport.connect();
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                }
            }
            return Duration.ofNanos(System.nanoTime() - start).toNanos() / 1e9;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
