package org.liaison.meetings.interview;

import java.util.List;
import java.util.Locale;

/**
 * A needs-assessment questionnaire. Register one as an OSGi service to offer it on the interview
 * form; Liaison brings the field study's own (id {@code field-study}).
 */
public interface InterviewTemplate {

    /** Stable id, kept with every interview made with this template. */
    String id();

    String title(Locale locale);

    /** The questions in the order they are asked; ids unique within the template. */
    List<Question> questions();
}
