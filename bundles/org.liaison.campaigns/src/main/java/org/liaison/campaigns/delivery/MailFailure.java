package org.liaison.campaigns.delivery;

/** The mail server did not take a mail, and whether trying again later may help. */
public class MailFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure it was, which decides what the sender does next. */
    public enum Kind {
        /** A 4xx reply for this mail: retried later, with back-off. */
        TEMPORARY,
        /** A 5xx reply for this mail: not retried. */
        PERMANENT,
        /** The server could not be reached or the connection broke: retried, and sending pauses if it lasts. */
        CONNECTION,
        /** The server refused the login: sending pauses at once. */
        AUTHENTICATION
    }

    private final Kind kind;
    private final int code;

    public MailFailure(Kind kind, int code, String reply, Throwable cause) {
        super(reply, cause);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** The SMTP reply code, or 0 when the server gave none. */
    public int code() {
        return code;
    }
}
