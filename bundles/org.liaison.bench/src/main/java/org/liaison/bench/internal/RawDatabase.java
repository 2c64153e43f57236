package org.liaison.bench.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import org.liaison.store.Store;

/** Plain databases of the same engine for baselines, with tables made like the store's but without its capture triggers. */
final class RawDatabase {

    private RawDatabase() {
    }

    /** A plain database at {@code url} (file or memory), its tables made like the store's {@code tables}, indexes included. */
    static Connection withTablesLike(Store store, Collection<String> tables, String url) throws SQLException {
        List<String> definitions = store.read(connection -> {
            List<String> kept = new ArrayList<>();
            try (Statement script = connection.createStatement();
                    ResultSet rows = script.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS TABLE " + String.join(", ", tables))) {
                while (rows.next()) {
                    String statement = rows.getString(1);
                    if (statement.startsWith("CREATE CACHED TABLE") || statement.startsWith("CREATE INDEX")
                            || statement.startsWith("ALTER TABLE") && statement.contains("PRIMARY KEY")) {
                        kept.add(statement);
                    }
                }
            }
            return kept;
        });
        Connection raw = open(url);
        try (Statement ddl = raw.createStatement()) {
            for (String definition : definitions) {
                ddl.execute(definition);
            }
        } catch (SQLException e) {
            raw.close();
            throw e;
        }
        return raw;
    }

    static Connection open(String url) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "RAW");
        credentials.setProperty("password", "");
        return new org.h2.Driver().connect(url, credentials);
    }
}
