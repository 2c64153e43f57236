package org.liaison.niches.ui.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Lists of codes as people type them in one field: "62, 58 J" or "GB-ESX; FR-76". */
final class Codes {

    private Codes() {
    }

    static Set<String> parse(String text) {
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String join(Set<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(", "));
    }
}
