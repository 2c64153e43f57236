package org.liaison.sync;

/**
 * What one sync did.
 *
 * @param pushed local changes the server acknowledged
 * @param refused of those, changes the server could not apply (a row deleted meanwhile...)
 * @param pulled rows received from the server
 * @param conflicts fields of this desktop's changes that met a concurrent edit
 */
public record SyncReport(int pushed, int refused, int pulled, int conflicts) {
}
