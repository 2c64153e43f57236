package org.liaison.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection the store lends for the duration of the call. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
