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
                Set.of()));
    }

    @Test
    void everyKindOfFailureHasItsText() throws java.io.IOException {
        java.util.Properties texts = new java.util.Properties();
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(
                Path.of("src/main/resources/org/liaison/sync/ui/internal/messages.properties"))) {
            texts.load(in);
        }
        for (org.liaison.sync.SyncException.Kind kind : org.liaison.sync.SyncException.Kind.values()) {
            assertEquals(true, texts.containsKey("failure." + kind.name()), kind.name()); // shown for a stored problem too
        }
    }

    @Test
    void theFragmentUsesOnlyTranslatedLabels() {
        assertEquals(List.of(), TranslationAudit.modelLabels(Path.of("fragment.e4xmi"), Path.of("OSGI-INF/l10n/bundle.properties")));
    }
}
