package org.liaison.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidationProblemTest {

    @Test
    void saysWhereTheProblemIs() {
        assertEquals("line 12, field email: not an address",
                ValidationProblem.line(12, "email", "not an address").toString());
        assertEquals("field name: is required", ValidationProblem.field("name", "is required").toString());
        assertEquals("empty file", new ValidationProblem(0, null, "empty file").toString());
    }

    @Test
    void anExceptionListsEveryProblem() {
        ValidationException e = new ValidationException(List.of(
                ValidationProblem.line(2, "siren", "fails the Luhn check"),
                ValidationProblem.line(5, "phone", "too short")));
        assertEquals("line 2, field siren: fails the Luhn check; line 5, field phone: too short", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
    }
}
