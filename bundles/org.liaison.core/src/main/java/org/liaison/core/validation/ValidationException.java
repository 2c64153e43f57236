package org.liaison.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; {@link #problems()} says where and why. Nothing was written. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ValidationProblem> problems;

    public ValidationException(List<ValidationProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ValidationException(ValidationProblem problem) {
        this(List.of(problem));
    }

    public List<ValidationProblem> problems() {
        return problems;
    }

    private static String describe(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; "));
    }
}
