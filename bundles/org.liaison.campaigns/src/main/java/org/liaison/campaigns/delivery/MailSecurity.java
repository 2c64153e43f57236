package org.liaison.campaigns.delivery;

/** How a connection to a mail server is protected. */
public enum MailSecurity {
    /** TLS from the first byte (SMTPS on 465, IMAPS on 993, POP3S on 995). */
    TLS,
    /** A plain connection upgraded with STARTTLS before anything is sent; refused when the server cannot. */
    STARTTLS,
    /** No encryption: only allowed to a server on this computer (a local relay, a test server). */
    NONE
}
