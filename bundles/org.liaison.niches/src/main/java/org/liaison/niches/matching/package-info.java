/**
 * Match suggestions: for a need, the offers that could meet it; for a member, the members they
 * should meet; inside a niche, every pair worth introducing. A suggestion's score is the sum of
 * the points that every registered {@link org.liaison.niches.matching.MatchRule} gives it, and
 * each rule that gives points says why, in the reader's language.
 *
 * <p>Rules are OSGi services (whiteboard): an agency adds its own by registering a
 * {@code MatchRule}; the built-in rules (sector, customer segment, complementary categories,
 * language, place, trust) are registered the same way. A rule is called for many pairs (millions
 * inside a large niche), so it must be cheap and build its text only when asked.
 */
package org.liaison.niches.matching;
