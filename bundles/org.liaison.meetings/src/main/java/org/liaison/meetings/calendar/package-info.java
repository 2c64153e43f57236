/**
 * Meetings to and from iCalendar files (RFC 5545), as Outlook, Google Calendar and Apple Calendar
 * write and read them: times with their time zone, attendees matched by email, and a plan shown
 * before anything is created.
 */
package org.liaison.meetings.calendar;
