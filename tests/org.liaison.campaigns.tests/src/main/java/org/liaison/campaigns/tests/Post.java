package org.liaison.campaigns.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.function.Executable;
import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.AudienceSource;
import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.CampaignPurpose;
import org.liaison.campaigns.Campaigns;
import org.liaison.campaigns.MailTemplate;
import org.liaison.campaigns.delivery.MailSecurity;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.MailSettings;
import org.liaison.contacts.ConsentChannel;
import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ConsentPurpose;
import org.liaison.contacts.ContactRole;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.Email;
import org.liaison.contacts.Person;
import org.liaison.contacts.PostalAddress;
import org.liaison.contacts.Readiness;
import org.liaison.core.validation.ValidationException;
import org.liaison.store.Store;
import org.liaison.store.StoreStatus;
import org.liaison.test.support.StoreFixture;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A new in-memory database with the campaigns services, a real SMTP and IMAP server (GreenMail)
 * on loopback, and quick ways to record people, their consent and a campaign.
 */
final class Post implements AutoCloseable {

    static final Locale EN = Locale.ENGLISH;
    static final Locale FR = Locale.FRENCH;
    static final String RETURN = "bounces@network.test";

    final ContactService contacts = StoreFixture.service(ContactService.class);
    final ConsentLedger consent = StoreFixture.service(ConsentLedger.class);
    final Campaigns campaigns = StoreFixture.service(Campaigns.class);
    final MailSettings settings = StoreFixture.service(MailSettings.class);
    final GreenMail mail;
    final GreenMailUser returnMailbox;

    private Post(GreenMail mail, GreenMailUser returnMailbox) {
        this.mail = mail;
        this.returnMailbox = returnMailbox;
    }

    /** A fresh database and mail server; SMTP and the return mailbox over plain connections on loopback. */
    static Post fresh(String name) {
        return started(StoreFixture.memory(name + "-" + UUID.randomUUID()));
    }

    /** A database in files in {@code directory}, which another process can open once this one lets go of it. */
    static Post onFile(java.nio.file.Path directory) {
        return started(StoreFixture.configure(java.util.Map.of("mode", "file", "directory", directory.toString()),
                directory.toString()));
    }

    private static Post started(StoreStatus status) {
        assertEquals(StoreStatus.State.OPEN, status.state(), () -> status.failure().map(Throwable::getMessage).orElse(""));
        useMailProviders();
        GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
        mail.start();
        Post post = new Post(mail, mail.setUser(RETURN, "bounces", "bounce-secret"));
        post.settings.save(post.server(mail.getSmtp().getPort()), EN);
        return post;
    }

    /**
     * Jakarta Mail finds its providers with the context class loader, which OSGi does not give it:
     * the test thread, and the GreenMail threads it starts, use Angus Mail's bundle for that.
     */
    private static void useMailProviders() {
        for (org.osgi.framework.Bundle bundle : StoreFixture.context().getBundles()) {
            if ("org.eclipse.angus.jakarta.mail".equals(bundle.getSymbolicName())) {
                Thread.currentThread().setContextClassLoader(
                        bundle.adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader());
                return;
            }
        }
        throw new AssertionError("Angus Mail is not installed");
    }

    MailServer server(int smtpPort) {
        return new MailServer("127.0.0.1", smtpPort, MailSecurity.NONE, null, null, RETURN, "imap", "127.0.0.1",
                mail.getImap().getPort(), MailSecurity.NONE, "bounces", "bounce-secret", null);
    }

    /**
     * The return mailbox read over POP3: GreenMail's IMAP server cannot describe the structure of
     * a multipart/report (its FETCH fails), so delivery status notifications are read this way.
     */
    void readOverPop3() {
        MailServer imap = server(mail.getSmtp().getPort());
        settings.save(new MailServer(imap.smtpHost(), imap.smtpPort(), imap.smtpSecurity(), null, null, RETURN, "pop3",
                "127.0.0.1", mail.getPop3().getPort(), MailSecurity.NONE, "bounces", "bounce-secret", null), EN);
    }

    @Override
    public void close() {
        mail.stop();
    }

    UUID person(String given, String family, String language, String email) {
        return contacts.save(new Person(null, given, family, language, Set.of(), language.equals("fr") ? "FR-76" : "GB-ESX",
                PostalAddress.NONE, ContactRole.OTHER, Readiness.OPEN, null, null, null,
                email == null ? List.of() : List.of(new Email(email, true)), List.of(), Set.of(), List.of()), EN).id();
    }

    /** A person who agreed to the newsletter by email. */
    UUID subscriber(String given, String family, String language, String email) {
        UUID id = person(given, family, language, email);
        grant(id, null);
        return id;
    }

    void grant(UUID contactId, Instant expiresAt) {
        consent.record(contactId, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, true, "signed form", null, expiresAt, EN);
    }

    void withdraw(UUID contactId) {
        consent.record(contactId, ConsentPurpose.NEWSLETTER, ConsentChannel.EMAIL, false, "phone call", null, null, EN);
    }

    /** A newsletter to these contacts with an English and a French mail. */
    Campaign newsletter(String name, UUID... recipients) {
        Campaign campaign = campaigns.save(Campaign.draft(name, CampaignPurpose.NEWSLETTER, "news@network.test"), EN);
        campaigns.saveAudience(campaign.id(), java.util.Arrays.stream(recipients)
                .map(id -> AudienceSource.include(AudienceKind.CONTACT, id)).toList(), EN);
        campaigns.saveTemplate(campaign.id(), new MailTemplate("en", "News for ${givenName}",
                "<p>Dear ${name},</p><p><a href=\"${unsubscribeLink}\">Unsubscribe</a></p>",
                "Dear ${name},\nUnsubscribe: ${unsubscribeLink}\n"), EN);
        campaigns.saveTemplate(campaign.id(), new MailTemplate("fr", "Des nouvelles pour ${givenName}",
                "<p>Bonjour ${name},</p><p><a href=\"${unsubscribeLink}\">Se d\u00e9sabonner</a></p>",
                "Bonjour ${name},\nSe d\u00e9sabonner : ${unsubscribeLink}\n"), EN);
        return campaign;
    }

    long rows(String sql, Object... values) {
        return StoreFixture.service(Store.class).read(connection -> org.liaison.store.Sql.count(connection, sql, values));
    }

    /** Waits (up to 30 s) for {@code condition}. */
    static void await(BooleanSupplier condition, String what) {
        await(condition, what, Duration.ofSeconds(30));
    }

    static void await(BooleanSupplier condition, String what, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The first problem's field and message of a refused change. */
    static String refusal(Executable change) {
        var problem = assertThrows(ValidationException.class, change).problems().get(0);
        return problem.field() + ": " + problem.message();
    }
}
