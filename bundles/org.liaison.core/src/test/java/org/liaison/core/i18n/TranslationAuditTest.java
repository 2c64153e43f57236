package org.liaison.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationAuditTest {

    @TempDir
    Path temp;

    @Test
    void findsMissingAndUntranslatedTexts() throws IOException {
        Files.writeString(temp.resolve("texts.properties"), "a=Meeting\nb=Version\nc=Referral\nd=Needs\n");
        Files.writeString(temp.resolve("texts_fr.properties"), "a=Rencontre\nb=Version\nc=Referral\ne=Offres\n");
        Path base = temp.resolve("texts");
        assertEquals(List.of(base + ": c is not translated", base + ": d has no French text", base + ": e has no English text"),
                TranslationAudit.compare(base, Set.of("b")));
    }

    @Test
    void findsModelLabelsWithoutText() throws IOException {
        Path texts = Files.writeString(temp.resolve("bundle.properties"), "menu.file=File\n");
        Path model = Files.writeString(temp.resolve("fragment.e4xmi"),
                "<x label=\"%menu.file\"/><y label=\"Contacts\"/><z tooltip=\"%missing\"/>");
        assertEquals(List.of(model + ": untranslated label \"Contacts\"", model + ": no text for %missing"),
                TranslationAudit.modelLabels(model, texts));
    }
}
