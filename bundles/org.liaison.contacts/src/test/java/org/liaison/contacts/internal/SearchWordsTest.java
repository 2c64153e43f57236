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

    @Test
    void wordsWrittenWithInnerPunctuationAreAlsoKeptWhole() {
        assertEquals(java.util.Set.of("jean-pierre"), SearchWords.compounds("Jean-Pierre Durand"));
        assertEquals(java.util.Set.of("zoe@downs-foods.co.uk", "downs-foods.co.uk"), SearchWords.compounds("Zoë@Downs-Foods.co.uk"));
        assertEquals(java.util.Set.of("s.a.r.l", "caux-conseil"), SearchWords.compounds("S.A.R.L. Caux-Conseil"));
        assertEquals(java.util.Set.of(), SearchWords.compounds("(Rouen)"));
    }

    @Test
    void typedWordsKeepTheirPunctuationAndNumbersTheirGroups() {
        assertEquals(List.of("sussex-labs"), SearchWords.query("sussex-labs"));
        assertEquals(List.of("lefevre", "hel"), SearchWords.query("LEFÈVRE hél"));
        assertEquals(List.of("012734"), SearchWords.query("01273 4"));
        assertEquals(List.of("0235123456"), SearchWords.query("02.35.12.34.56"));
        assertEquals(List.of("6201"), SearchWords.query("62.01"), "as the class code is indexed");
        assertEquals(List.of("amelie", "01273"), SearchWords.query("amelie 01273"));
    }
}
