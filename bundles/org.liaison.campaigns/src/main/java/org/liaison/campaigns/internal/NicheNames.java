package org.liaison.campaigns.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A niche's name, from the niches area when it is installed. */
public interface NicheNames {

    Optional<String> name(UUID nicheId, Locale locale);
}
