package org.liaison.desktop.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.workbench.DemoData;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The demo network. A data folder is a demo folder only when it holds the file {@code DEMO},
 * which {@code ./liaison} writes ("new") when it creates its demo folder, and nothing else does:
 * the demo is never loaded into a real data folder. On the first start of such a folder every
 * area's {@link DemoData} is loaded, by rank, and the file then says "loaded".
 */
final class DemoFolder {

    static final String MARKER = "DEMO";
    private static final System.Logger LOG = System.getLogger(DemoFolder.class.getName());

    private DemoFolder() {
    }

    static boolean isDemo(Path home) {
        return Files.isRegularFile(home.resolve(MARKER));
    }

    /**
     * Loads the demo network into a new demo folder; does nothing for any other folder. The marker
     * lists each area's part once it is written, so a start that stopped half way goes on where it
     * stopped without writing a part twice.
     */
    static void loadIfNew(Path home) {
        Path marker = home.resolve(MARKER);
        try {
            List<String> lines = Files.isRegularFile(marker) ? Files.readAllLines(marker) : List.of();
            if (lines.isEmpty() || !(lines.get(0).strip().equals("new") || lines.get(0).strip().equals("loading"))) {
                return;
            }
            Set<String> done = new HashSet<>(lines.subList(1, lines.size()));
            Files.writeString(marker, "loading\n" + String.join("", done.stream().map(d -> d + "\n").toList()));
            BundleContext context = FrameworkUtil.getBundle(DemoFolder.class).getBundleContext();
            List<ServiceReference<DemoData>> references = new ArrayList<>(context.getServiceReferences(DemoData.class, null));
            if (references.isEmpty()) { // the areas' bundles are not up yet: the next start tries again
                Files.writeString(marker, "new\n" + String.join("", done.stream().map(d -> d + "\n").toList()));
                LOG.log(System.Logger.Level.WARNING, "No area offered demo data yet; the demo network is loaded at the next start");
                return;
            }
            Map<DemoData, ServiceReference<DemoData>> parts = new LinkedHashMap<>();
            try {
                for (ServiceReference<DemoData> reference : references) {
                    parts.put(context.getService(reference), reference);
                }
                List<DemoData> byRank = new ArrayList<>(parts.keySet());
                byRank.sort(Comparator.comparingInt(DemoData::rank));
                for (DemoData part : byRank) {
                    String name = part.getClass().getName();
                    if (done.add(name)) {
                        part.load();
                        Files.writeString(marker, name + "\n", StandardOpenOption.APPEND);
                    }
                }
            } finally {
                parts.values().forEach(context::ungetService);
            }
            Files.writeString(marker, "loaded\n" + String.join("", done.stream().sorted().map(d -> d + "\n").toList()));
            LOG.log(System.Logger.Level.INFO, "The demo network was loaded into " + home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the demo marker " + marker, e);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
