package org.liaison.campaigns.mail.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.impl.DefaultCamelContext;
import org.liaison.campaigns.delivery.MailFailure;
import org.liaison.campaigns.delivery.MailSecurity;
import org.liaison.campaigns.delivery.MailServer;
import org.liaison.campaigns.delivery.MailTransport;
import org.liaison.campaigns.delivery.MailboxReport;
import org.liaison.campaigns.delivery.OutgoingMail;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Campaign mail through Apache Camel's mail component: each mail is handed to an {@code smtp} or
 * {@code smtps} endpoint, and the return mailbox is read through an {@code imap(s)} or
 * {@code pop3(s)} polling consumer. Camel, Jakarta Mail and Angus live on this bundle's class path,
 * which is the context class loader whenever they run.
 */
@Component(service = MailTransport.class)
public class CamelMailTransport implements MailTransport {

    private static final int CONNECT_TIMEOUT_MILLIS = 30_000;
    private static final int IO_TIMEOUT_MILLIS = 60_000;
    private static final long FIRST_POLL_MILLIS = 60_000;

    private final CamelContext camel;
    private final ProducerTemplate producer;

    @Activate
    public CamelMailTransport() throws Exception {
        ClassLoader own = CamelMailTransport.class.getClassLoader();
        camel = withOwnLoader(() -> {
            DefaultCamelContext context = new DefaultCamelContext();
            context.getCamelContextExtension().setName("liaison-campaigns");
            context.setApplicationContextClassLoader(own);
            context.getShutdownStrategy().setTimeout(10);
            context.start();
            return context;
        });
        producer = camel.createProducerTemplate();
    }

    @Deactivate
    void stop() {
        camel.stop();
    }

    @Override
    public String send(OutgoingMail mail, MailServer server) throws MailFailure {
        String scheme = server.smtpSecurity() == MailSecurity.TLS ? "smtps" : "smtp";
        String uri = scheme + "://" + server.smtpHost() + ":" + server.smtpPort();
        Exchange done = call(() -> {
            MimeMessage message = compose(mail, server);
            MailEndpoint endpoint = camel.getEndpoint(uri, MailEndpoint.class);
            configure(endpoint.getConfiguration(), scheme, server.smtpSecurity(), server.smtpUser(),
                    server.smtpPassword());
            return producer.send(endpoint, exchange -> exchange.getIn().setBody(message));
        });
        if (done.getException() != null) {
            throw Failures.of(done.getException());
        }
        return "250 accepted by " + server.smtpHost();
    }

    /** Composed where Jakarta Mail finds its providers: with this bundle as the context class loader. */
    private static MimeMessage compose(OutgoingMail mail, MailServer server) throws MailFailure {
        try {
            return MimeMails.compose(mail, server.returnAddress());
        } catch (MessagingException e) {
            throw new MailFailure(MailFailure.Kind.PERMANENT, 0, "The mail could not be composed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<MailboxReport> collect(MailServer server, List<String> unreadable) throws MailFailure {
        String scheme = server.mailboxProtocol() + (server.mailboxSecurity() == MailSecurity.TLS ? "s" : "");
        boolean imap = server.mailboxProtocol().equals("imap");
        // IMAP keeps what it read, marked as seen; POP3 has no such mark, so what it read is removed
        String uri = scheme + "://" + server.mailboxHost() + ":" + server.mailboxPort() + "?initialDelay=0&delay=3600000"
                + "&sendEmptyMessageWhenIdle=true&closeFolder=false&mapMailMessage=true&skipFailedMessage=true"
                + (imap ? "&unseen=true&delete=false" : "&delete=true");
        return call(() -> {
            MailEndpoint endpoint = camel.getEndpoint(uri, MailEndpoint.class);
            configure(endpoint.getConfiguration(), scheme, server.mailboxSecurity(), server.mailboxUser(),
                    server.mailboxPassword());
            ConsumerTemplate consumer = camel.createConsumerTemplate();
            List<MailboxReport> reports = new ArrayList<>();
            try {
                consumer.start();
                boolean more = true;
                while (more) {
                    Exchange exchange = consumer.receive(endpoint, FIRST_POLL_MILLIS);
                    if (exchange == null) {
                        throw new MailFailure(MailFailure.Kind.CONNECTION, 0, "The mailbox gave no answer within "
                                + FIRST_POLL_MILLIS / 1000 + " s", null);
                    }
                    if (exchange.getException() != null) {
                        throw Failures.of(exchange.getException());
                    }
                    MailMessage received = exchange.getIn(MailMessage.class);
                    if (received == null || received.getOriginalMessage() == null) {
                        break; // the empty message of a poll that found nothing
                    }
                    try {
                        reports.addAll(ReturnMessages.read(received.getOriginalMessage()));
                    } catch (MessagingException | IOException | RuntimeException e) {
                        unreadable.add(describe(received) + ": " + e.getMessage());
                    }
                    more = !Boolean.TRUE.equals(exchange.getProperty(Exchange.BATCH_COMPLETE, Boolean.class));
                    consumer.doneUoW(exchange);
                }
            } finally {
                consumer.stop();
                camel.removeEndpoint(endpoint);
            }
            return reports;
        });
    }

    private static String describe(MailMessage message) {
        try {
            return "message " + message.getOriginalMessage().getMessageNumber() + " ("
                    + message.getOriginalMessage().getSubject() + ")";
        } catch (MessagingException e) {
            return "a message";
        }
    }

    private static void configure(MailConfiguration configuration, String scheme, MailSecurity security, String user,
            String password) {
        if (user != null && !user.isBlank()) { // Camel refuses a null user name
            configuration.setUsername(user);
            configuration.setPassword(password);
        }
        configuration.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        Properties properties = new Properties();
        String prefix = "mail." + scheme + ".";
        properties.setProperty(prefix + "connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        // a read timeout only: Angus enforces a write timeout with a scheduler thread for each connection,
        // which cost more than the rest of a mail's sending; a server that stops reading also stops answering
        properties.setProperty(prefix + "timeout", Integer.toString(IO_TIMEOUT_MILLIS));
        if (security == MailSecurity.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (security != MailSecurity.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        configuration.setAdditionalJavaMailProperties(properties);
    }

    private <T> T call(Callable<T> work) throws MailFailure {
        try {
            return withOwnLoader(work);
        } catch (MailFailure e) {
            throw e;
        } catch (Exception e) {
            throw Failures.of(e);
        }
    }

    private static <T> T withOwnLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CamelMailTransport.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
