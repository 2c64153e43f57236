package org.liaison.meetings.interview;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Acts on a confirmed interview's answers in another area. Register one as an OSGi service;
 * {@link #apply} runs inside the confirming transaction, so a refusal there (thrown) leaves the
 * profile and the interview as they were.
 */
public interface InterviewFollowOn {

    /** What {@link #apply} would do with these answers, one line each in the reader's language; nothing is written. */
    List<String> preview(UUID contactId, List<AnsweredQuestion> answers, String language, Locale locale);

    void apply(UUID contactId, List<AnsweredQuestion> answers, String language, Locale locale);
}
