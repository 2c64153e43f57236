package org.liaison.campaigns.ui.internal;

import org.liaison.campaigns.Campaign;
import org.liaison.campaigns.Progress;
import org.liaison.core.i18n.Messages;

/** A campaign's state and progress as sentences. */
final class StatusText {

    private StatusText() {
    }

    static String status(Campaign campaign, Messages texts) {
        String status = texts.get("status." + campaign.status().name());
        if (campaign.statusReason() == null) {
            return status;
        }
        String reason = campaign.statusReason();
        int colon = reason.indexOf(':');
        String code = colon < 0 ? reason : reason.substring(0, colon);
        String detail = colon < 0 ? "" : reason.substring(colon + 1).strip();
        return texts.get("status.withReason", status, texts.get("reason." + code, detail));
    }

    static String progress(Progress progress, Messages texts) {
        return texts.get("progress", progress.sent(), progress.failed(), progress.bounced(), progress.unsubscribed(),
                progress.skipped(), progress.waiting(), progress.sentLastMinute());
    }
}
