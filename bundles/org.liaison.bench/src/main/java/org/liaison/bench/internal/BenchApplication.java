package org.liaison.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.liaison.bench.BenchSettings;
import org.liaison.bench.Benchmark;
import org.liaison.store.StoreStatus;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code bench [--rows N] [--store FOLDER] NAME...}: points the store at a fresh database in a
 * temporary folder (or in FOLDER, which is kept afterwards, for instance to open it in the desktop),
 * runs the named benchmarks and prints their lines. Exit code 1 for an unknown name.
 */
public class BenchApplication implements IApplication {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> names = new ArrayList<>();
        int rows = 100_000;
        Path kept = null;
        for (int i = 0; args != null && i < args.length; i++) {
            if ("--rows".equals(args[i]) && i + 1 < args.length) {
                rows = Integer.parseInt(args[++i]);
            } else if ("--store".equals(args[i]) && i + 1 < args.length) {
                kept = Path.of(args[++i]).toAbsolutePath();
            } else if (!args[i].startsWith("-")) {
                names.add(args[i]);
            }
        }
        PrintStream out = System.out;
        BundleContext bundles = FrameworkUtil.getBundle(BenchApplication.class).getBundleContext();
        Path work = Files.createTempDirectory("liaison-bench");
        try {
            useFreshStore(bundles, kept != null ? kept : work.resolve("store"));
            Map<String, Benchmark> known = benchmarks(bundles, names);
            if (names.isEmpty() || !known.keySet().containsAll(names)) {
                out.println("usage: bench [--rows N] NAME...   known benchmarks:");
                known.values().forEach(b -> out.println("  " + b.name() + " - " + b.description()));
                return names.isEmpty() ? IApplication.EXIT_OK : 1;
            }
            for (String name : names) {
                try {
                    known.get(name).run(new BenchSettings(work, rows), out);
                } catch (Exception | LinkageError e) {
                    System.err.println("bench " + name + " failed: " + e);
                    e.printStackTrace();
                    return 1;
                }
            }
            return IApplication.EXIT_OK;
        } finally {
            deleteTree(work);
        }
    }

    private static void useFreshStore(BundleContext bundles, Path directory) throws Exception {
        ConfigurationAdmin admin = await(bundles, ConfigurationAdmin.class);
        Hashtable<String, Object> settings = new Hashtable<>(Map.of("mode", "file", "directory", directory.toString()));
        admin.getConfiguration("org.liaison.store", "?").update(settings);
        ServiceTracker<StoreStatus, StoreStatus> tracker = new ServiceTracker<>(bundles, StoreStatus.class, null);
        tracker.open();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Object candidate : tracker.getServices() == null ? new Object[0] : tracker.getServices()) {
                StoreStatus status = (StoreStatus) candidate;
                if (status.location().equals(directory.toString()) && status.state() != StoreStatus.State.STARTING) {
                    if (status.state() == StoreStatus.State.FAILED) {
                        throw new IllegalStateException(status.failure().map(Throwable::getMessage).orElse("store failed"));
                    }
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the store did not open " + directory + " within " + WAIT);
    }

    /** The benchmarks registered, once those asked for are (they come up as their areas' databases are migrated). */
    private static Map<String, Benchmark> benchmarks(BundleContext bundles, List<String> wanted) throws InterruptedException {
        ServiceTracker<Benchmark, Benchmark> tracker = new ServiceTracker<>(bundles, Benchmark.class, null);
        tracker.open();
        tracker.waitForService(WAIT.toMillis());
        long deadline = System.nanoTime() + WAIT.toNanos();
        Map<String, Benchmark> known = new TreeMap<>();
        do {
            known.clear();
            for (Object candidate : tracker.getServices() == null ? new Object[0] : tracker.getServices()) {
                Benchmark benchmark = (Benchmark) candidate;
                known.put(benchmark.name(), benchmark);
            }
            if (known.keySet().containsAll(wanted)) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return known;
    }

    private static <T> T await(BundleContext bundles, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundles, type, null);
        tracker.open();
        T service = tracker.waitForService(WAIT.toMillis());
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " within " + WAIT);
        }
        return service;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
