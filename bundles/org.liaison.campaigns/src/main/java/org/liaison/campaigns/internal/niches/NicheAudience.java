package org.liaison.campaigns.internal.niches;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.liaison.campaigns.AudienceChoice;
import org.liaison.campaigns.AudienceKind;
import org.liaison.campaigns.internal.AudienceMembers;
import org.liaison.campaigns.internal.NicheNames;
import org.liaison.niches.MemberStatus;
import org.liaison.niches.NicheService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A niche's members (but those who declined or left) as an audience, and its name for the template (when the niches area is installed). */
@Component(service = {AudienceMembers.class, NicheNames.class})
public class NicheAudience implements AudienceMembers, NicheNames {

    /** More members than any niche of a regional network holds. */
    private static final int ALL_MEMBERS = 100_000;

    private final NicheService niches;

    @Activate
    public NicheAudience(@Reference NicheService niches) {
        this.niches = niches;
    }

    @Override
    public AudienceKind kind() {
        return AudienceKind.NICHE;
    }

    @Override
    public List<UUID> members(UUID nicheId) {
        return niches.members(nicheId, ALL_MEMBERS).stream()
                .filter(member -> member.status() != MemberStatus.DECLINED && member.status() != MemberStatus.LEFT)
                .map(member -> member.contact().id()).toList();
    }

    @Override
    public List<AudienceChoice> choices(Locale locale) {
        return niches.niches(locale).stream().map(niche -> new AudienceChoice(AudienceKind.NICHE, niche.id(),
                niche.name(locale))).toList();
    }

    @Override
    public Optional<String> name(UUID nicheId, Locale locale) {
        return niches.niche(nicheId).map(niche -> niche.name(locale));
    }
}
