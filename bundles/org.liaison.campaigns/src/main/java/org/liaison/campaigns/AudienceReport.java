package org.liaison.campaigns;

import java.util.List;
import java.util.UUID;

/** Who a campaign would write to now, and who is left out and why. */
public record AudienceReport(List<Recipient> recipients, List<LeftOut> leftOut) {

    public AudienceReport {
        recipients = List.copyOf(recipients);
        leftOut = List.copyOf(leftOut);
    }

    /** A recipient with the address and language their mail will use. */
    public record Recipient(UUID contactId, String name, String address, String language) {
    }

    public record LeftOut(UUID contactId, String name, LeftOutReason reason) {
    }
}
