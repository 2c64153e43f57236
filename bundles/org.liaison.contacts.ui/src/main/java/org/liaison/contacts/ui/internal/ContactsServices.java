package org.liaison.contacts.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ContactMerger;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.CustomFields;
import org.liaison.contacts.DataProtection;
import org.liaison.contacts.DuplicateFinder;
import org.liaison.contacts.SavedSearches;
import org.liaison.contacts.TimelineSource;
import org.liaison.contacts.io.ContactExport;
import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.VCardExchange;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The contact services the views use, as one service for parts and dialogs to be given: a view
 * appears once all of them are there.
 */
@Component(service = ContactsServices.class)
public class ContactsServices {

    private final ContactService contacts;
    private final SavedSearches savedSearches;
    private final NaceTaxonomy sectors;
    private final ContactImporter importer;
    private final ContactExport export;
    private final ConsentLedger consent;
    private final ContactNotes notes;
    private final ContactRelations relations;
    private final CustomFields customFields;
    private final DuplicateFinder duplicates;
    private final ContactMerger merger;
    private final DataProtection dataProtection;
    private final VCardExchange vcards;
    private final List<TimelineSource> timelineSources = new CopyOnWriteArrayList<>();

    @Activate
    public ContactsServices(@Reference ContactService contacts, @Reference SavedSearches savedSearches,
            @Reference NaceTaxonomy sectors, @Reference ContactImporter importer, @Reference ContactExport export,
            @Reference ConsentLedger consent, @Reference ContactNotes notes, @Reference ContactRelations relations,
            @Reference CustomFields customFields, @Reference DuplicateFinder duplicates, @Reference ContactMerger merger,
            @Reference DataProtection dataProtection, @Reference VCardExchange vcards) {
        this.contacts = contacts;
        this.savedSearches = savedSearches;
        this.sectors = sectors;
        this.importer = importer;
        this.export = export;
        this.consent = consent;
        this.notes = notes;
        this.relations = relations;
        this.customFields = customFields;
        this.duplicates = duplicates;
        this.merger = merger;
        this.dataProtection = dataProtection;
        this.vcards = vcards;
    }

    ContactService contacts() {
        return contacts;
    }

    SavedSearches savedSearches() {
        return savedSearches;
    }

    NaceTaxonomy sectors() {
        return sectors;
    }

    ContactImporter importer() {
        return importer;
    }

    ContactExport export() {
        return export;
    }

    ConsentLedger consent() {
        return consent;
    }

    ContactNotes notes() {
        return notes;
    }

    ContactRelations relations() {
        return relations;
    }

    CustomFields customFields() {
        return customFields;
    }

    DuplicateFinder duplicates() {
        return duplicates;
    }

    ContactMerger merger() {
        return merger;
    }

    DataProtection dataProtection() {
        return dataProtection;
    }

    VCardExchange vcards() {
        return vcards;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTimelineSource(TimelineSource source) {
        timelineSources.add(source);
    }

    void removeTimelineSource(TimelineSource source) {
        timelineSources.remove(source);
    }

    List<TimelineSource> timelineSources() {
        return List.copyOf(timelineSources);
    }
}
