/**
 * The meeting log: one-to-one meetings, network events, brokerage sessions, needs-assessment
 * interviews and calls, with their attendees, append-only notes, decisions and follow-up tasks.
 * Every table is synced. Start and end are kept as instants with the meeting's own time zone, so
 * a meeting in Rouen shows at the right hour in Brighton on every date.
 */
package org.liaison.meetings;
