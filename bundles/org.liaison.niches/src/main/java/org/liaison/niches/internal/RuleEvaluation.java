package org.liaison.niches.internal;

import java.util.Set;

import org.liaison.contacts.ContactProfile;
import org.liaison.contacts.ContactSummary;
import org.liaison.contacts.ProfileCriteria;

/** A niche rule judged against one contact's profile, as contacts' SQL judges it for many. */
final class RuleEvaluation {

    private RuleEvaluation() {
    }

    /**
     * Whether the rule finds the contact: one of its organisations (itself, for an organisation) in
     * a sector and a segment of the rule, in one of its regions (a person's own region, else that
     * organisation's), and the contact speaking one of its languages (an organisation: its people).
     */
    static boolean matches(ProfileCriteria rule, ContactProfile profile) {
        if (!rule.selectsAnything()
                || !rule.languages().isEmpty() && profile.languages().stream().noneMatch(rule.languages()::contains)) {
            return false;
        }
        for (ContactProfile.Activity activity : profile.activities()) {
            String region = profile.kind() == ContactSummary.Kind.PERSON && profile.region() != null ? profile.region() : activity.region();
            if (anyUnder(rule.sectors(), activity.sectors()) && activity.segments().stream().anyMatch(rule.segments()::contains)
                    && (rule.regions().isEmpty() || rule.regions().contains(region))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code codes} is one of {@code headings} or below it ("62.01" is below "62"). */
    static boolean anyUnder(Set<String> headings, Set<String> codes) {
        for (String code : codes) {
            for (String heading : headings) {
                if (code.startsWith(heading)) {
                    return true;
                }
            }
        }
        return false;
    }
}
