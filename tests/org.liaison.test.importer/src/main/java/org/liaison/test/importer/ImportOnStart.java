package org.liaison.test.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportPreview;
import org.liaison.contacts.io.ImportResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * For crash tests: a runtime started with {@code -Dliaison.test.import=FILE} imports that CSV file
 * as the import wizard does, and prints when the import starts writing and when it has committed, so
 * that a test can kill the process during the write or right after it was reported done.
 */
@Component(immediate = true)
public class ImportOnStart {

    @Activate
    public ImportOnStart(@Reference ContactImporter importer) {
        String file = System.getProperty("liaison.test.import");
        if (file != null) {
            Thread importing = new Thread(() -> importFile(importer, Path.of(file)), "test import");
            importing.setDaemon(true);
            importing.start();
        }
    }

    private static void importFile(ContactImporter importer, Path file) {
        try {
            ImportPreview preview = importer.preview(file, 20);
            ImportPlan plan = importer.plan(file, preview.dialect(), preview.mapping(), "GB", Locale.ENGLISH);
            System.out.println("Import writing " + plan.rows().size() + " rows");
            long start = System.nanoTime();
            ImportResult result = importer.apply(plan, Map.of(), true, Locale.ENGLISH);
            System.out.println("Import committed: " + result.created() + " people created in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (IOException | RuntimeException e) {
            System.out.println("Import failed: " + e);
            e.printStackTrace(System.out);
        }
    }
}
