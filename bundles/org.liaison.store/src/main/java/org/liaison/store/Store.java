package org.liaison.store;

/**
 * The local database. Registered as a service once the database is open and every bundle's
 * migrations are applied; absent while the store is starting or when it failed (see
 * {@link StoreStatus}).
 *
 * <p>Connections are lent for one call and must not be kept. Writes to tables declared as synced
 * (see the package documentation) are captured into the outbox in the same transaction.
 */
public interface Store {

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws
     * (the exception is passed on, SQL errors wrapped in {@link StoreException}). Every captured
     * change is stamped with the same hybrid logical clock reading. A call made from inside
     * another transaction's work on the same thread joins that transaction.
     */
    <T> T transaction(SqlWork<T> work);

    /**
     * Runs read-only {@code work}. It sees committed data; anything it writes is rolled back, and
     * writing a synced table fails with {@link IllegalStateException}.
     */
    <T> T read(SqlWork<T> work);
}
