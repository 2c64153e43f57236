package org.liaison.niches.ui.internal;

import java.util.List;

import org.liaison.niches.Member;
import org.liaison.niches.Niche;

/** What is chosen in the Niches view: a niche, and the members chosen in its list (maybe none). */
record NicheSelection(Niche niche, List<Member> members) {

    NicheSelection {
        members = List.copyOf(members);
    }
}
