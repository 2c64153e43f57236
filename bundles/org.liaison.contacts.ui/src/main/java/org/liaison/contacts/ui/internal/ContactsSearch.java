package org.liaison.contacts.ui.internal;

import java.util.List;
import java.util.Locale;

import org.liaison.contacts.ContactFilter;
import org.liaison.contacts.ContactQuery;
import org.liaison.contacts.ContactSummary;
import org.liaison.core.i18n.Messages;
import org.liaison.workbench.Entry;
import org.liaison.workbench.Open;
import org.liaison.workbench.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contacts' part of the search over every area: the list's own search (names, emails, phones, organisations, tags...). */
@Component
public class ContactsSearch implements SearchProvider {

    private final ContactsServices services;

    @Activate
    public ContactsSearch(@Reference ContactsServices services) {
        this.services = services;
    }

    @Override
    public int rank() {
        return 20;
    }

    @Override
    public String title(Locale locale) {
        return ContactsTexts.in(locale).get("area.title");
    }

    @Override
    public List<Entry> search(String text, int limit, Locale locale) {
        Messages texts = ContactsTexts.in(locale);
        return services.contacts().search(new ContactQuery(text, ContactFilter.NONE, 0, limit)).stream()
                .map(contact -> entry(contact, texts)).toList();
    }

    static Entry entry(ContactSummary contact, Messages texts) {
        String kind = texts.get("kind." + contact.kind().name());
        String detail = contact.detail() == null || contact.detail().isBlank() ? kind : kind + " \u00b7 " + contact.detail();
        return new Entry(contact.name(), detail, Open.command(ContactCommands.OPEN, ContactCommands.CONTACT_PARAMETER,
                OpenContactHandler.parameter(contact.kind(), contact.id())));
    }
}
