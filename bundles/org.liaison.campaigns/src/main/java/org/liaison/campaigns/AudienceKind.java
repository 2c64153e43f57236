package org.liaison.campaigns;

/** Where members of an audience come from. */
public enum AudienceKind {
    /** The members of a smart group (a saved contact search) when the list is frozen. */
    SMART_GROUP,
    /** The members of a niche (when the niches area is installed). */
    NICHE,
    /** The attendees of a meeting or event. */
    MEETING,
    /** One contact picked by hand. */
    CONTACT
}
