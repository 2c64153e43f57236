/**
 * Needs-assessment interviews: templates of structured questions (agencies register their own
 * {@link org.liaison.meetings.interview.InterviewTemplate}s), answers kept with the meeting, and
 * the changes they bring to the contact's profile, made only once staff confirm them. Areas act
 * on confirmed answers through {@link org.liaison.meetings.interview.InterviewFollowOn} (the
 * niches area turns needs and offers into entries on its board).
 */
package org.liaison.meetings.interview;
