package org.liaison.campaigns.mail.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.liaison.campaigns.delivery.MailFailure;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/** What a failed send means: the SMTP reply code decides between retrying and giving up. */
final class Failures {

    private Failures() {
    }

    static MailFailure of(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = next(cause)) {
            if (cause instanceof AuthenticationFailedException e) {
                return new MailFailure(MailFailure.Kind.AUTHENTICATION, 535, reply(e), thrown);
            }
            if (cause instanceof SMTPAddressFailedException e) {
                return byCode(e.getReturnCode(), e.getMessage(), thrown);
            }
            if (cause instanceof SMTPSendFailedException e) {
                return byCode(e.getReturnCode(), e.getMessage(), thrown);
            }
            if (cause instanceof MailConnectException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException
                    || cause instanceof javax.net.ssl.SSLException) {
                return new MailFailure(MailFailure.Kind.CONNECTION, 0, reply(cause), thrown);
            }
        }
        return new MailFailure(MailFailure.Kind.CONNECTION, 0, reply(thrown), thrown);
    }

    private static MailFailure byCode(int code, String reply, Throwable thrown) {
        if (code == 530 || code == 535 || code == 534) {
            return new MailFailure(MailFailure.Kind.AUTHENTICATION, code, reply, thrown);
        }
        MailFailure.Kind kind = code >= 400 && code < 500 ? MailFailure.Kind.TEMPORARY
                : code >= 500 ? MailFailure.Kind.PERMANENT : MailFailure.Kind.CONNECTION;
        return new MailFailure(kind, code, reply == null ? Integer.toString(code) : reply.strip(), thrown);
    }

    private static Throwable next(Throwable thrown) {
        if (thrown instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != thrown.getCause()) {
            return messaging.getNextException();
        }
        return thrown.getCause();
    }

    private static String reply(Throwable thrown) {
        String message = thrown.getMessage();
        return message == null ? thrown.getClass().getSimpleName() : message.strip();
    }
}
