/**
 * Sync of the desktop's database with a central server: connect once (the server's certificate
 * fingerprint confirmed by a person and pinned), then push the outbox and pull the server's
 * changes in the background and on demand. The desktop stays fully usable offline.
 */
package org.liaison.sync;
