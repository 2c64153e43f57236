package org.liaison.desktop.internal;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for an OSGi service while the application starts. */
final class Services {

    private Services() {
    }

    /** The service, or {@code null} if none appeared within {@code timeout}. */
    static <T> T await(Class<T> type, Duration timeout) {
        BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open(); // kept open for the application's life: the service stays in use
        try {
            return tracker.waitForService(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
