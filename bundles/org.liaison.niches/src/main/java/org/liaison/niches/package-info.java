/**
 * Niche networks and what they are for: the members a niche's rule finds and their status
 * ({@link NicheService}), needs and offers ({@link NeedsOffers}), who brought whom into the network
 * ({@link Referrals}), introductions with double opt-in, their outcomes and follow-ups
 * ({@link Introductions}), and the link to the meeting where two members met
 * ({@link IntroductionMeetings}, for the meetings area). Every table is synced.
 */
package org.liaison.niches;
