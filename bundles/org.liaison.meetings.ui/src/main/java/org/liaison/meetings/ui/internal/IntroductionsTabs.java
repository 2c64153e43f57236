package org.liaison.meetings.ui.internal;

import org.eclipse.swt.widgets.TabFolder;
import org.liaison.contacts.ContactProfiles;
import org.liaison.core.i18n.Messages;
import org.liaison.meetings.Meeting;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Adds the introductions tab to a meeting's form where the niches area is installed. The meeting
 * views work without it: the tab's class, which names the niches' types, is loaded only once the
 * niches' service is found by name.
 */
final class IntroductionsTabs {

    static final String SERVICE = "org.liaison.niches.IntroductionMeetings";

    private IntroductionsTabs() {
    }

    static void add(TabFolder tabs, Messages texts, Meeting meeting, ContactProfiles profiles) {
        BundleContext context = FrameworkUtil.getBundle(IntroductionsTabs.class).getBundleContext();
        ServiceReference<?> reference = context.getServiceReference(SERVICE);
        if (reference != null) {
            Object service = context.getService(reference);
            if (service != null) {
                tabs.addDisposeListener(e -> context.ungetService(reference));
                IntroductionsTab.create(tabs, texts, meeting, service, profiles);
            }
        }
    }
}
