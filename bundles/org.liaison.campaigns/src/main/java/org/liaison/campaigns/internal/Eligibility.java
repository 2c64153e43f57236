package org.liaison.campaigns.internal;

import java.util.Optional;

import org.liaison.campaigns.LeftOutReason;
import org.liaison.contacts.Person;

/** The consent gate's answer for one contact: the address and language to use, or why not. */
record Eligibility(Person person, String name, String address, String language, Optional<LeftOutReason> refused) {

    static Eligibility refused(String name, LeftOutReason reason) {
        return new Eligibility(null, name, null, null, Optional.of(reason));
    }

    boolean eligible() {
        return refused.isEmpty();
    }
}
