package org.liaison.niches.internal.rules;

import java.util.Optional;

import org.liaison.contacts.ContactService;
import org.liaison.niches.internal.NicheTexts;
import org.liaison.niches.matching.MatchRule;
import org.liaison.niches.matching.MatchSide;
import org.liaison.niches.matching.Reason;
import org.liaison.niches.matching.TrustGraph;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Serving the same customers: the other half of what makes a niche. */
@Component(service = MatchRule.class)
public class SegmentRule implements MatchRule {

    static final double SAME = 1.5;

    private final ContactService contacts;

    @Activate
    public SegmentRule(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public String id() {
        return "segment";
    }

    @Override
    public Optional<Reason> assess(MatchSide seeker, MatchSide candidate, TrustGraph trust) {
        for (String segment : seeker.segments()) {
            if (candidate.segments().contains(segment)) {
                return Optional.of(new Reason(id(), SAME, locale -> NicheTexts.in(locale).get("reason.segment",
                        contacts.segments().stream().filter(s -> s.code().equals(segment)).map(s -> s.label(locale)).findFirst()
                                .orElse(segment))));
            }
        }
        return Optional.empty();
    }
}
