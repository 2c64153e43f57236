package org.liaison.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void accentsCaseAndLigaturesDoNotMatter() {
        assertEquals(List.of("amelie", "lefevre", "oeuvray"), SearchWords.split("Amélie LEFÈVRE-Œuvray"));
        assertEquals(List.of("francois", "garcon", "strasse"), SearchWords.split("François, garçon; Straße"));
        assertEquals(List.of("s", "a", "r", "l", "caux", "conseil"), SearchWords.split("S.A.R.L. Caux-Conseil"));
    }

    @Test
    void markupAndSqlAreJustWords() {
        assertEquals(List.of("script", "alert", "1", "script", "drop", "table", "x"),
                SearchWords.split("<script>alert(1)</script>'; DROP TABLE x;--"));
    }
}
