/**
 * The sync protocol between desktops and the server: JSON over HTTPS, one record per message.
 *
 * <ul>
 * <li>{@code POST /sync/login} {@link LoginRequest} → {@link LoginResponse}: a bearer token for one
 * account on one device.</li>
 * <li>{@code POST /sync/push} {@link PushRequest} → {@link PushResponse}: outbox changes, applied
 * by field-level last-writer-wins; idempotent by (device, operation number).</li>
 * <li>{@code GET /sync/pull?after=C&limit=N[&upTo=U]} → {@link PullResponse}: rows changed after
 * cursor C in commit order; {@code upTo} pins an initial load to one server version.</li>
 * <li>{@code GET /sync/conflicts?after=ID} → {@link ConflictList}: edits that lost.</li>
 * <li>{@code GET /sync/checksums} → {@link Checksums}: rows and digest per table, which a desktop
 * compares with its own ({@link RowDigest}), loading again a table that differs
 * ({@code GET /sync/pull?table=T&after=0...}).</li>
 * </ul>
 * Every request names the protocol version it speaks in the {@value SyncProtocol#VERSION_HEADER}
 * header; errors come back as a {@link Problem}.
 */
package org.liaison.sync.protocol;
