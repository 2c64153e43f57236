package org.liaison.campaigns;

import java.util.List;

/**
 * What one reading of the return mailbox found.
 *
 * @param unmatched reports about no mail this network sent
 * @param unreadable messages that could not be read, with why
 */
public record MailboxReading(int hardBounces, int softBounces, int unsubscribes, int unmatched,
        List<String> unreadable) {

    public MailboxReading {
        unreadable = List.copyOf(unreadable);
    }
}
