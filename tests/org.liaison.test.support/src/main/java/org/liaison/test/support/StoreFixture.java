package org.liaison.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.function.Predicate;

import org.liaison.store.StoreStatus;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * For OSGi integration tests: services of the running framework, and the store reconfigured
 * through Config Admin (in memory, or on a folder) with a wait until it opened or failed.
 */
public final class StoreFixture {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private StoreFixture() {
    }

    public static BundleContext context() {
        return FrameworkUtil.getBundle(StoreFixture.class).getBundleContext();
    }

    /** Trackers stay open for the whole run: closing one would release the services it handed out. */
    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The service of type {@code type}, waiting for it. */
    @SuppressWarnings("unchecked")
    public static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) TRACKERS.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> opened = new ServiceTracker<>(context(), type, null);
            opened.open();
            return opened;
        });
        try {
            T service = tracker.waitForService(TIMEOUT.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getSimpleName() + " service after " + TIMEOUT);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Gives the store this configuration and waits until it opened or failed at {@code location}. */
    public static StoreStatus configure(Map<String, Object> properties, String location) {
        StoreStatus previous = service(StoreStatus.class);
        Hashtable<String, Object> values = new Hashtable<>(properties);
        values.put("test.attempt", ATTEMPTS.incrementAndGet()); // a new configuration every time: the store restarts
        try {
            Configuration configuration = service(ConfigurationAdmin.class).getConfiguration("org.liaison.store", "?");
            configuration.update(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return await(status -> status != previous && status.location().contains(location)
                && status.state() != StoreStatus.State.STARTING, "store at " + location);
    }

    private static final java.util.concurrent.atomic.AtomicLong ATTEMPTS = new java.util.concurrent.atomic.AtomicLong();

    public static StoreStatus memory(String name) {
        return configure(Map.of("mode", "memory", "name", name), "(" + name + ")");
    }

    public static StoreStatus await(Predicate<StoreStatus> condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            service(StoreStatus.class);
            Object[] registered = TRACKERS.get(StoreStatus.class).getServices(); // none while the store restarts
            for (Object candidate : registered == null ? new Object[0] : registered) {
                StoreStatus status = (StoreStatus) candidate;
                if (condition.test(status)) {
                    return status;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
