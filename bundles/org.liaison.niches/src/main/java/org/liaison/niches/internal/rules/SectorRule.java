package org.liaison.niches.internal.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.liaison.contacts.sectors.NaceTaxonomy;
import org.liaison.niches.internal.NicheTexts;
import org.liaison.niches.matching.MatchRule;
import org.liaison.niches.matching.MatchSide;
import org.liaison.niches.matching.Reason;
import org.liaison.niches.matching.TrustGraph;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The same NACE class fits best, the same division (the first two digits) well. */
@Component(service = MatchRule.class)
public class SectorRule implements MatchRule {

    static final double SAME_CLASS = 3;
    static final double SAME_DIVISION = 2;

    private final NaceTaxonomy taxonomy;

    @Activate
    public SectorRule(@Reference NaceTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public String id() {
        return "sector";
    }

    @Override
    public Optional<Reason> assess(MatchSide seeker, MatchSide candidate, TrustGraph trust) {
        Set<String> mine = seeker.sectors();
        Set<String> theirs = candidate.sectors();
        String division = null;
        for (String code : mine) {
            if (theirs.contains(code)) {
                return Optional.of(reason(SAME_CLASS, code, "reason.sector.same"));
            }
            if (division == null) {
                for (String other : theirs) {
                    if (other.regionMatches(0, code, 0, 2)) {
                        division = code.substring(0, 2);
                        break;
                    }
                }
            }
        }
        return division == null ? Optional.empty() : Optional.of(reason(SAME_DIVISION, division, "reason.sector.division"));
    }

    private Reason reason(double points, String code, String key) {
        return new Reason(id(), points, locale -> NicheTexts.in(locale).get(key, code, title(code, locale)));
    }

    /** The heading's title in the reader's language, or the nearest heading above it that has one (classes have French titles only). */
    private String title(String code, Locale locale) {
        for (var sector = taxonomy.sector(code); sector.isPresent(); sector = sector.get().parent() == null ? Optional.empty()
                : taxonomy.sector(sector.get().parent())) {
            if ("fr".equals(locale.getLanguage()) || !sector.get().labelEn().isEmpty()) {
                return sector.get().label(locale);
            }
        }
        return code;
    }
}
