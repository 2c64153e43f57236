package org.liaison.store;

import java.time.Instant;

/**
 * One schema change applied to the database.
 *
 * @param owner symbolic name of the bundle that ships the change
 * @param id the change's id within the bundle's changelog
 * @param appliedAt when it was applied
 * @param order its position in the order of application, from 1
 */
public record AppliedMigration(String owner, String id, Instant appliedAt, int order) {
}
