package org.liaison.meetings.interview;

/** A question with its non-empty answer. */
public record AnsweredQuestion(Question question, String answer) {
}
