package org.liaison.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.liaison.contacts.ConsentLedger;
import org.liaison.contacts.ContactMerger;
import org.liaison.contacts.ContactNotes;
import org.liaison.contacts.ContactRelations;
import org.liaison.contacts.ContactService;
import org.liaison.contacts.CustomFields;
import org.liaison.contacts.DataProtection;
import org.liaison.contacts.DuplicateFinder;
import org.liaison.contacts.DuplicatePair;
import org.liaison.workbench.Workbench;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.liaison.contacts.SavedSearches;
import org.liaison.contacts.TimelineSource;
import org.liaison.contacts.ui.ContactTab;
import org.liaison.contacts.io.ContactExport;
import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.VCardExchange;
import org.liaison.contacts.sectors.NaceTaxonomy;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The contact services the views use, as one service for parts and dialogs to be given: a view
 * appears once all of them are there. Those the first window does not need (import, merge,
 * vCard...) are obtained when first used, so that they do not slow the start.
 */
@Component(service = ContactsServices.class)
public class ContactsServices {

    /** A service obtained the first time it is asked for, and released with this component. */
    private static final class OnFirstUse<T> {
        private final ComponentServiceObjects<T> objects;
        private T service;

        OnFirstUse(ComponentServiceObjects<T> objects, List<OnFirstUse<?>> all) {
            this.objects = objects;
            all.add(this);
        }

        synchronized T get() {
            if (service == null) {
                service = objects.getService();
            }
            return service;
        }

        synchronized void release() {
            if (service != null) {
                objects.ungetService(service);
                service = null;
            }
        }
    }

    private final List<OnFirstUse<?>> obtained = new ArrayList<>();
    private final ContactService contacts;
    private final SavedSearches savedSearches;
    private final NaceTaxonomy sectors;
    private final OnFirstUse<ContactImporter> importer;
    private final OnFirstUse<ContactExport> export;
    private final OnFirstUse<ConsentLedger> consent;
    private final OnFirstUse<ContactNotes> notes;
    private final OnFirstUse<ContactRelations> relations;
    private final OnFirstUse<CustomFields> customFields;
    private final OnFirstUse<DuplicateFinder> duplicates;
    private final OnFirstUse<ContactMerger> merger;
    private final OnFirstUse<DataProtection> dataProtection;
    private final OnFirstUse<VCardExchange> vcards;
    private final List<TimelineSource> timelineSources = new CopyOnWriteArrayList<>();
    private final List<ContactTab> contactTabs = new CopyOnWriteArrayList<>();
    private final List<UUID> merges = new CopyOnWriteArrayList<>();
    private volatile List<DuplicatePair> lastScan;
    private volatile EventAdmin events;

    @Activate
    public ContactsServices(@Reference ContactService contacts, @Reference SavedSearches savedSearches,
            @Reference NaceTaxonomy sectors, @Reference ComponentServiceObjects<ContactImporter> importer,
            @Reference ComponentServiceObjects<ContactExport> export, @Reference ComponentServiceObjects<ConsentLedger> consent,
            @Reference ComponentServiceObjects<ContactNotes> notes, @Reference ComponentServiceObjects<ContactRelations> relations,
            @Reference ComponentServiceObjects<CustomFields> customFields,
            @Reference ComponentServiceObjects<DuplicateFinder> duplicates, @Reference ComponentServiceObjects<ContactMerger> merger,
            @Reference ComponentServiceObjects<DataProtection> dataProtection,
            @Reference ComponentServiceObjects<VCardExchange> vcards) {
        this.contacts = contacts;
        this.savedSearches = savedSearches;
        this.sectors = sectors;
        this.importer = new OnFirstUse<>(importer, obtained);
        this.export = new OnFirstUse<>(export, obtained);
        this.consent = new OnFirstUse<>(consent, obtained);
        this.notes = new OnFirstUse<>(notes, obtained);
        this.relations = new OnFirstUse<>(relations, obtained);
        this.customFields = new OnFirstUse<>(customFields, obtained);
        this.duplicates = new OnFirstUse<>(duplicates, obtained);
        this.merger = new OnFirstUse<>(merger, obtained);
        this.dataProtection = new OnFirstUse<>(dataProtection, obtained);
        this.vcards = new OnFirstUse<>(vcards, obtained);
    }

    @Deactivate
    void release() {
        obtained.forEach(OnFirstUse::release);
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
        return importer.get();
    }

    ContactExport export() {
        return export.get();
    }

    ConsentLedger consent() {
        return consent.get();
    }

    ContactNotes notes() {
        return notes.get();
    }

    ContactRelations relations() {
        return relations.get();
    }

    CustomFields customFields() {
        return customFields.get();
    }

    DuplicateFinder duplicates() {
        return duplicates.get();
    }

    ContactMerger merger() {
        return merger.get();
    }

    DataProtection dataProtection() {
        return dataProtection.get();
    }

    VCardExchange vcards() {
        return vcards.get();
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

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContactTab(ContactTab tab) {
        contactTabs.add(tab);
    }

    void removeContactTab(ContactTab tab) {
        contactTabs.remove(tab);
    }

    /** The tabs other areas add to the editors, by rank. */
    List<ContactTab> contactTabs() {
        return contactTabs.stream().sorted(java.util.Comparator.comparingInt(ContactTab::rank)).toList();
    }

    /** Remembers a merge made in this session, so that Undo (Ctrl+Z) can put both records back. */
    void merged(UUID mergeId) {
        merges.add(mergeId);
        lastScan = null; // the pairs found before no longer hold
        todayChanged();
    }

    boolean canUndoMerge() {
        return !merges.isEmpty();
    }

    /** Undoes the last merge of this session. */
    void undoLastMerge(java.util.Locale locale) {
        UUID last = merges.get(merges.size() - 1);
        merger().undo(last, locale);
        merges.remove(last); // only once undone: a failed undo can be tried again
    }

    /** The pairs the last duplicates scan of this session found, for the Today page; empty when none was made. */
    java.util.Optional<List<DuplicatePair>> lastScan() {
        return java.util.Optional.ofNullable(lastScan);
    }

    void scanned(List<DuplicatePair> found) {
        lastScan = List.copyOf(found);
        todayChanged(); // a scan writes nothing, so no commit tells the Today page
    }

    private void todayChanged() {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(Workbench.TODAY_CHANGED, Map.of()));
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setEventAdmin(EventAdmin admin) {
        events = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (events == admin) {
            events = null;
        }
    }
}
