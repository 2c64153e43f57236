package org.liaison.sync.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liaison.core.i18n.TranslationAudit;

class SyncUiTextsTest {

    @Test
    void everyTextIsTranslated() {
        assertEquals(List.of(), TranslationAudit.compare(Path.of("OSGI-INF/l10n/bundle"), Set.of()));
        assertEquals(List.of(), TranslationAudit.compare(Path.of("src/main/resources/org/liaison/sync/ui/internal/messages"),
                Set.of("column.table"))); // "Table" in both languages
    }

    @Test
    void theFragmentUsesOnlyTranslatedLabels() {
        assertEquals(List.of(), TranslationAudit.modelLabels(Path.of("fragment.e4xmi"), Path.of("OSGI-INF/l10n/bundle.properties")));
    }
}
