package org.liaison.contacts.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvDialectTest {

    private static byte[] utf8Bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    @Test
    void excelInFranceWritesSemicolonsInWindows1252() {
        CsvDialect dialect = CsvDialect.detect("Prénom;Nom;Courriel\nAmélie;Lefèvre;a@b.fr\n".getBytes(CsvDialect.WINDOWS_1252));
        assertEquals(CsvDialect.WINDOWS_1252, dialect.charset());
        assertEquals(';', dialect.delimiter());
        assertFalse(dialect.byteOrderMark());
    }

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        CsvDialect bom = CsvDialect.detect(utf8Bom("first name,last name\nZoë,Brontë\n"));
        assertTrue(bom.byteOrderMark());
        assertEquals(StandardCharsets.UTF_8, bom.charset());
        assertEquals(',', bom.delimiter());
        assertEquals(StandardCharsets.UTF_8, CsvDialect.detect("a\tb\nç\té\n".getBytes(StandardCharsets.UTF_8)).charset());
        assertEquals('\t', CsvDialect.detect("a\tb\nç\té\n".getBytes(StandardCharsets.UTF_8)).delimiter());
    }

    @Test
    void delimitersInsideQuotesDoNotCount() {
        String text = "name;notes\n\"Smith, John\";\"likes, commas\"\n\"Doe, Jane\";x\n";
        assertEquals(';', CsvDialect.detect(text.getBytes(StandardCharsets.UTF_8)).delimiter());
    }

    @Test
    void aUtf8CharacterCutAtTheEndOfTheSampleIsStillUtf8() {
        byte[] bytes = "name\nAmélie".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 4); // ends inside "é"
        assertEquals(StandardCharsets.UTF_8, CsvDialect.detect(cut).charset());
    }

    @Test
    void headersAreRecognisedInBothLanguages() {
        assertEquals(ImportField.GIVEN_NAME, ImportField.guess("Prénom").orElseThrow());
        assertEquals(ImportField.EMAIL, ImportField.guess("E-mail").orElseThrow());
        assertEquals(ImportField.EMAIL, ImportField.guess("Adresse e-mail").orElseThrow());
        assertEquals(ImportField.PHONE, ImportField.guess("Téléphone").orElseThrow());
        assertEquals(ImportField.FAMILY_NAME, ImportField.guess("Last Name").orElseThrow());
        assertTrue(ImportField.guess("Shoe size").isEmpty());
    }
}
