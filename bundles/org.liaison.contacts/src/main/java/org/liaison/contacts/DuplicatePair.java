package org.liaison.contacts;

import java.util.List;
import java.util.UUID;

/**
 * Two people who are probably the same person, with why they seem so.
 *
 * @param score from 0 to 1: how sure the match is
 * @param reasons for people to read, in the language asked for
 */
public record DuplicatePair(UUID first, UUID second, double score, List<String> reasons) {
}
