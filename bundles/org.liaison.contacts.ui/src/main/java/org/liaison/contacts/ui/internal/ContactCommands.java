package org.liaison.contacts.ui.internal;

/** The ids of the contacts area's commands, parts and parameters in its fragment.e4xmi. */
public final class ContactCommands {

    public static final String AREA = "org.liaison.contacts.ui.area";
    public static final String CONTACTS_PART = "org.liaison.contacts.ui.part.contacts";
    public static final String DUPLICATES_PART = "org.liaison.contacts.ui.part.duplicates";
    public static final String OPEN = "org.liaison.contacts.ui.command.open";
    public static final String FIND_DUPLICATES = "org.liaison.contacts.ui.command.findDuplicates";
    public static final String SHOW_DUPLICATES = "org.liaison.contacts.ui.command.showDuplicates";
    /** Parameter of {@link #OPEN}: "PERSON:id" or "ORGANISATION:id". */
    public static final String CONTACT_PARAMETER = "org.liaison.contacts.ui.commandparameter.contact";

    private ContactCommands() {
    }
}
