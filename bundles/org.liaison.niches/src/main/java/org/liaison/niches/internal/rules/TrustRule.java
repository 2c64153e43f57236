package org.liaison.niches.internal.rules;

import java.util.Optional;
import java.util.UUID;

import org.liaison.niches.internal.NicheTexts;
import org.liaison.niches.matching.MatchRule;
import org.liaison.niches.matching.MatchSide;
import org.liaison.niches.matching.Reason;
import org.liaison.niches.matching.TrustGraph;
import org.osgi.service.component.annotations.Component;

/** Trust travels by word of mouth: a referral between them, or a contact both were referred by or referred. */
@Component(service = MatchRule.class)
public class TrustRule implements MatchRule {

    static final double ONE_STEP = 2;
    static final double TWO_STEPS = 1;

    @Override
    public String id() {
        return "trust";
    }

    @Override
    public Optional<Reason> assess(MatchSide seeker, MatchSide candidate, TrustGraph trust) {
        UUID a = seeker.contact().id();
        UUID b = candidate.contact().id();
        int steps = trust.steps(a, b);
        if (steps == 1) {
            return Optional.of(new Reason(id(), ONE_STEP, locale -> NicheTexts.in(locale).get("reason.trust.direct")));
        }
        if (steps == 2) {
            UUID via = trust.via(a, b).orElseThrow();
            return Optional.of(new Reason(id(), TWO_STEPS, locale -> NicheTexts.in(locale).get("reason.trust.via", trust.name(via))));
        }
        return Optional.empty();
    }
}
