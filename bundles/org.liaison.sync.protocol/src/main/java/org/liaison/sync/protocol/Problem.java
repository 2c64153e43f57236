package org.liaison.sync.protocol;

/**
 * An error answer.
 *
 * @param status the HTTP status
 * @param error a stable code: {@code unauthorized}, {@code forbidden}, {@code too-large},
 *        {@code malformed}, {@code must-refetch}, {@code unsupported-protocol}, {@code not-found},
 *        {@code failed}
 * @param message what was wrong, for people
 */
public record Problem(int status, String error, String message) {
}
