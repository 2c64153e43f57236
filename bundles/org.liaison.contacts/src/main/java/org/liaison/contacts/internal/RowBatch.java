package org.liaison.contacts.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A batch of rows for one statement, sent to the database a few hundred at a time. The engine runs
 * the rest of a batch after one of its rows failed and reports the failure only at the batch's
 * end, so a statement cancelled during a large write (Cancel during an import) would stop it only
 * once every row had been written; in parts, it stops at the end of the part under way.
 */
final class RowBatch implements AutoCloseable {

    static final int ROWS_AT_ONCE = 500;

    private final PreparedStatement statement;
    private int waiting;

    RowBatch(Connection connection, String sql) throws SQLException {
        statement = connection.prepareStatement(sql);
    }

    /** The statement whose parameters the next row sets before {@link #add()}. */
    PreparedStatement statement() {
        return statement;
    }

    /** Adds a row with these values (a {@code null} becomes SQL NULL). */
    void add(Object... values) throws SQLException {
        ChildRows.bind(statement, values);
        add();
    }

    /** Adds the row whose parameters are set on {@link #statement()}. */
    void add() throws SQLException {
        statement.addBatch();
        if (++waiting == ROWS_AT_ONCE) {
            send();
        }
    }

    /** Sends the rows added since the last part; to be called once all rows are added. */
    void send() throws SQLException {
        if (waiting > 0) {
            waiting = 0;
            statement.executeBatch();
        }
    }

    /** Closes the statement; rows not {@link #send() sent} are dropped, as after a failure. */
    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
