package org.example.sussex.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.core.id.Ids;
import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

class GrantTest {

    @Test
    void aGrantInEurosWithoutBusinessIsRefusedFieldByField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new Grant(Ids.newId(), " ", "Growth Fund", Money.of("500", CurrencyCode.EUR), LocalDate.of(2026, 5, 1)));
        assertEquals(List.of("business", "amount"), e.problems().stream().map(ValidationProblem::field).toList());
    }

    @Test
    void aProperGrantIsAccepted() {
        Grant grant = new Grant(Ids.newId(), "Hastings Makers", "Growth Fund", Money.of("2500", CurrencyCode.GBP),
                LocalDate.of(2026, 5, 1));
        assertEquals(250_000, grant.amount().minorUnits());
    }
}
