package org.liaison.niches;

import java.util.Set;

/** Where a contact stands with a niche. Contacts the rule finds are candidates until staff record more. */
public enum MemberStatus {
    CANDIDATE, INVITED, JOINED, DECLINED, LEFT;

    /** The statuses a member can move to from this one. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case CANDIDATE -> Set.of(INVITED, JOINED, DECLINED);
            case INVITED -> Set.of(JOINED, DECLINED);
            case JOINED -> Set.of(LEFT);
            case DECLINED, LEFT -> Set.of(INVITED, JOINED);
        };
    }
}
