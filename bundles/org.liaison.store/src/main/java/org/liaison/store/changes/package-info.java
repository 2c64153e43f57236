/** Change capture for sync: the outbox of local changes and the path that applies remote ones. */
package org.liaison.store.changes;
