package org.liaison.bench.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.liaison.contacts.io.ContactImporter;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportPreview;

/**
 * A file imported as the wizard does it (preview, plan, apply with the valid rows), timed.
 *
 * @param planSeconds reading and checking every row
 * @param seconds the whole import, the plan included
 */
record TimedImport(ImportPreview preview, ImportPlan plan, long created, double planSeconds, double seconds) {

    static TimedImport of(ContactImporter importer, Path file) throws IOException {
        long start = System.nanoTime();
        ImportPreview preview = importer.preview(file, 10);
        ImportPlan plan = importer.plan(file, preview.dialect(), preview.mapping(), "GB", Locale.ENGLISH);
        double planSeconds = (System.nanoTime() - start) / 1e9;
        long created = importer.apply(plan, Map.of(), true, Locale.ENGLISH).created();
        return new TimedImport(preview, plan, created, planSeconds, (System.nanoTime() - start) / 1e9);
    }
}
