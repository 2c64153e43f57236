package org.liaison.niches.ui.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.liaison.contacts.ContactProfiles;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.niches.Introduction;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;

/** Lines of Today cards and search results about introductions, each opening the introduction. */
final class Lines {

    private Lines() {
    }

    static Map<UUID, ContactSummary> names(ContactProfiles profiles, Collection<Introduction> introductions) {
        Set<UUID> people = new HashSet<>();
        introductions.forEach(i -> people.addAll(List.of(i.first(), i.second())));
        return profiles.summaries(people);
    }

    static String pair(Map<UUID, ContactSummary> names, Introduction introduction) {
        return name(names, introduction.first()) + " \u2194 " + name(names, introduction.second());
    }

    private static String name(Map<UUID, ContactSummary> names, UUID id) {
        return names.containsKey(id) ? names.get(id).name() : "?";
    }

    static Entry introduction(String text, String detail, Introduction introduction) {
        return new Entry(text, detail, Open.command(NichesUi.SHOW, NichesUi.INTRODUCTION_PARAMETER, introduction.id().toString()));
    }

    static String sides(Messages texts, Introduction introduction) {
        return texts.get("answer.sides", texts.get("answer." + introduction.firstAnswer().name()),
                texts.get("answer." + introduction.secondAnswer().name()));
    }
}
