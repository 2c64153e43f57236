package org.liaison.campaigns.delivery;

import java.util.List;

/** Sends mail through a mail server and reads the return mailbox. */
public interface MailTransport {

    /**
     * Sends one mail, returning once the server accepted it.
     *
     * @return the server's reply (e.g. {@code 250 OK})
     * @throws MailFailure when the server did not take it
     */
    String send(OutgoingMail mail, MailServer server) throws MailFailure;

    /**
     * Reads the return mailbox once: delivery status notifications (RFC 3464) and unsubscribe
     * requests, each message removed once read. Messages that are neither are left in place; a
     * message that cannot be read is reported in {@code unreadable} and left in place too.
     */
    List<MailboxReport> collect(MailServer server, List<String> unreadable) throws MailFailure;
}
