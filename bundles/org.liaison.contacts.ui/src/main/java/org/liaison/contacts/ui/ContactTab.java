package org.liaison.contacts.ui;

import java.util.Locale;
import java.util.UUID;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.liaison.contacts.ContactSummary;

/**
 * A tab that another area adds to the person and organisation editors (a member's niches and
 * introductions, their meetings...). Register it as an OSGi service; the editors show the tabs of
 * every registered service, by rank, after their own, for a contact already saved.
 */
public interface ContactTab {

    /** Tabs are shown by rank, lower first. */
    int rank();

    String title(Locale locale);

    /** Builds the tab's content under {@code parent}, on the UI thread; long reads belong in a background job. */
    Control create(Composite parent, ContactSummary.Kind kind, UUID contactId, Locale locale);
}
