package org.liaison.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void buildsTopicsByTheConvention() {
        assertEquals("org/liaison/contacts/person/UPDATED", Topics.topic("contacts", "person", Topics.UPDATED));
        assertEquals("org/liaison/meetings/*", Topics.allOf("meetings"));
    }

    @Test
    void refusesTopicsOutsideTheConvention() {
        assertThrows(IllegalArgumentException.class, () -> Topics.topic("Contacts", "person", "UPDATED"));
        assertThrows(IllegalArgumentException.class, () -> Topics.topic("contacts", "person/x", "UPDATED"));
        assertThrows(IllegalArgumentException.class, () -> Topics.topic("contacts", "person", "updated"));
    }
}
