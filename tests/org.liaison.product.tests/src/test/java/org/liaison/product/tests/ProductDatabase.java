package org.liaison.product.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The database a product wrote in its data folder, read once the product stopped. */
final class ProductDatabase {

    private ProductDatabase() {
    }

    /** The tables, and the synced-table entries, whose names say they belong to a benchmark. */
    static List<String> benchmarkTables(Path dataFolder) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataFolder.resolve("liaison")
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", "LIAISON", "");
                Statement query = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = query.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.contains("CONTACT_PERSON")) {
                throw new AssertionError("not the database of a started product: " + tables);
            }
            tables.stream().filter(table -> table.contains("BENCH")).forEach(found::add);
            try (ResultSet synced = query.executeQuery("SELECT TABLE_NAME FROM LIAISON_SYNCED_TABLE WHERE TABLE_NAME LIKE '%BENCH%'")) {
                while (synced.next()) {
                    found.add("synced: " + synced.getString(1));
                }
            }
        }
        return found;
    }
}
