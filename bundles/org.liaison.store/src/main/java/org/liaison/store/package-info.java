/**
 * The local database: transactions, schema migrations owned by each bundle, and change capture.
 *
 * <h2>Migrations</h2>
 * A bundle that needs tables names its changelog in its manifest:
 * <pre>Liaison-Migrations: db/changelog.sql</pre>
 * The changelog is a Liquibase formatted-SQL file. Each change set is applied once and checksummed;
 * a change set must never be edited after release (append a new one). Changelogs of all bundles
 * are applied when the store opens, in dependency order (a bundle after the bundles it imports
 * packages from); a bundle installed later is migrated when it is resolved. A database that holds
 * change sets a bundle does not know (written by a newer version) is refused, and a failing
 * migration puts the database back as it was and stops the store.
 *
 * <h2>Synced tables</h2>
 * A table is synced when its changelog registers it:
 * <pre>INSERT INTO LIAISON_SYNCED_TABLE (TABLE_NAME, OWNER) VALUES ('CONTACT', 'org.example.bundle');</pre>
 * A synced table has a primary key column {@code ID} of type {@code UUID} (use
 * {@code org.liaison.core.id.Ids}). Every insert, update and delete on it is then recorded, in the
 * same transaction, as a field-level change in the outbox (see {@link org.liaison.store.changes}).
 * The registry's {@code KEEP} column says what a push may not do to the rows, which the server
 * enforces, several separated by commas: {@code ADDED_ONLY} (rows are added, never changed;
 * {@code ADDED_ONLY:COLUMN} lets that one column change), {@code NOT_DELETED} (rows are never
 * removed), {@code ERASABLE} (a row whose {@code ERASED} becomes true stays erased: its other fields
 * are emptied and it is not changed again), {@code OWNED_BY:COLUMN} (the row belongs to the row that
 * column names: it goes when that row is erased, and none is added to an erased row),
 * {@code AUTHOR:COLUMN} (the server writes the pushing account into that column of an added row) and
 * {@code REMOVED_WITH:COLUMN>TABLE} (a row only added is removed by a push only once the row of
 * {@code TABLE} that column names is deleted or erased, in the same push or an earlier one, or by
 * the account its {@code AUTHOR} column names, and is moved only to a row of {@code TABLE} there is;
 * several such rules name several tables; an added-only row without one is never removed):
 * <pre>UPDATE LIAISON_SYNCED_TABLE SET KEEP = 'ADDED_ONLY:MEETING_ID,REMOVED_WITH:MEETING_ID>MEETING'
 *     WHERE TABLE_NAME = 'SUSSEX_VISIT_NOTE';</pre>
 */
package org.liaison.store;
