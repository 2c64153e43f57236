package org.liaison.store.tests;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** The database engine reached directly, past the store, as a tool or another process would. */
final class RawDatabase {

    private RawDatabase() {
    }

    static Connection connect(String url, String password) throws SQLException {
        return connect(url, "LIAISON", password);
    }

    /** The engine's driver directly: DriverManager does not see drivers across bundles. */
    static Connection connect(String url, String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new org.h2.Driver().connect(url, credentials);
    }
}
