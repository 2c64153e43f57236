package org.liaison.contacts.ui.internal;

import org.liaison.workbench.AreaCount;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The number beside Contacts in the navigator: people and organisations recorded. */
@Component
public class ContactsCount implements AreaCount {

    private final ContactsServices services;

    @Activate
    public ContactsCount(@Reference ContactsServices services) {
        this.services = services;
    }

    @Override
    public String areaId() {
        return ContactCommands.AREA;
    }

    @Override
    public long count() {
        return services.contacts().count();
    }
}
