package org.liaison.meetings.interview;

import java.util.List;

import org.liaison.contacts.Barrier;
import org.liaison.contacts.Readiness;

/**
 * What confirming an interview changes, shown before it does.
 *
 * @param readinessAfter the same as before when no answer sets it
 * @param followOns what the other areas will do, in the reader's language (the needs and offers made...)
 */
public record ProfileChanges(Readiness readinessBefore, Readiness readinessAfter, List<Barrier> barriersAdded, List<String> followOns) {

    public ProfileChanges {
        barriersAdded = List.copyOf(barriersAdded);
        followOns = List.copyOf(followOns);
    }
}
