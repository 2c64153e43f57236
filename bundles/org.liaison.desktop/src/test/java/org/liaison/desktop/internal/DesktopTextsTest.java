package org.liaison.desktop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liaison.core.i18n.Messages;
import org.liaison.core.i18n.TranslationAudit;

class DesktopTextsTest {

    @Test
    void everyTextOfTheWindowAndOfTheCodeIsTranslated() {
        assertEquals(List.of(), TranslationAudit.compare(Path.of("OSGI-INF/l10n/bundle"), Set.of("area.administration")));
        // "Version" is the same word in both languages
        assertEquals(List.of(), TranslationAudit.compare(Path.of("src/main/resources/org/liaison/desktop/internal/messages"),
                Set.of("about.version", "shortcuts.action")));
    }

    @Test
    void pluralsReadNaturally() {
        Messages en = DesktopTexts.in(Locale.ENGLISH);
        assertEquals("nothing waiting to sync", en.get("status.pending", 0));
        assertEquals("1 change waiting to sync", en.get("status.pending", 1));
        assertEquals("1,204 changes waiting to sync", en.get("status.pending", 1204));
        assertEquals("3 modifications à synchroniser", DesktopTexts.in(Locale.FRENCH).get("status.pending", 3));
        assertEquals("Syncing with liaison.example.org: 12,000 changes received...",
                en.get("status.sync.receiving", "liaison.example.org", 12_000L));
        assertEquals("Synchronisation avec liaison.example.org\u00a0: 250 modifications reçues...",
                DesktopTexts.in(Locale.FRENCH).get("status.sync.receiving", "liaison.example.org", 250L));
    }

    @Test
    void theApplicationModelUsesOnlyTranslatedLabels() {
        assertEquals(List.of(), TranslationAudit.modelLabels(Path.of("Application.e4xmi"), Path.of("OSGI-INF/l10n/bundle.properties")));
    }
}
