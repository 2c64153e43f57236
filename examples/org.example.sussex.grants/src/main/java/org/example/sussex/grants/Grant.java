package org.example.sussex.grants;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.liaison.core.money.CurrencyCode;
import org.liaison.core.money.Money;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/** A grant awarded to a business of the network, in pounds. */
public record Grant(UUID id, String business, String scheme, Money amount, LocalDate awardedOn) {

    /** Refuses a grant that cannot be recorded, naming every field that is wrong. */
    public Grant {
        List<ValidationProblem> problems = new ArrayList<>();
        if (business == null || business.isBlank() || business.length() > 200) {
            problems.add(ValidationProblem.field("business", "a business name of 1 to 200 characters is required"));
        }
        if (scheme == null || scheme.isBlank() || scheme.length() > 100) {
            problems.add(ValidationProblem.field("scheme", "a scheme name of 1 to 100 characters is required"));
        }
        if (amount == null || amount.currency() != CurrencyCode.GBP || amount.minorUnits() <= 0) {
            problems.add(ValidationProblem.field("amount", "a positive amount in GBP is required"));
        }
        if (awardedOn == null) {
            problems.add(ValidationProblem.field("awardedOn", "the date of the award is required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
