package org.liaison.niches.internal;

import java.util.Set;

import org.liaison.contacts.ContactProfile;
import org.liaison.contacts.ProfileCriteria;

/** A niche rule judged against one contact's profile, as contacts' SQL judges it for many. */
final class RuleEvaluation {

    private RuleEvaluation() {
    }

    static boolean matches(ProfileCriteria rule, ContactProfile profile) {
        return rule.selectsAnything() && anyUnder(rule.sectors(), profile.sectors())
                && profile.segments().stream().anyMatch(rule.segments()::contains)
                && (rule.regions().isEmpty() || rule.regions().contains(profile.region()))
                && (rule.languages().isEmpty() || profile.languages().stream().anyMatch(rule.languages()::contains));
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
