package org.liaison.meetings.ui.internal;

import org.liaison.core.i18n.Messages;
import org.liaison.core.validation.ValidationException;
import org.liaison.core.validation.ValidationProblem;

/** A refusal's problems for a message box, one a line ("line 21, DTEND: ..."), in the reader's language. */
final class ProblemLines {

    private ProblemLines() {
    }

    static String of(ValidationException refused, Messages texts) {
        StringBuilder lines = new StringBuilder();
        for (ValidationProblem problem : refused.problems()) {
            String where = problem.line() > 0 ? texts.get("problem.line", problem.line()) : "";
            if (problem.field() != null) {
                where += (where.isEmpty() ? "" : ", ") + problem.field();
            }
            lines.append(where.isEmpty() ? problem.message() : texts.get("problem.where", where, problem.message())).append('\n');
        }
        return lines.toString().strip();
    }
}
