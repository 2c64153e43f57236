package org.liaison.sync.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** What the loggers under one name write while it is open, as the log files would hold it, stack traces included. */
final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final SimpleFormatter format = new SimpleFormatter();
    private final StringWriter text = new StringWriter();

    private CapturedLog(String name) {
        logger = Logger.getLogger(name);
        logger.addHandler(this);
    }

    static CapturedLog of(String name) {
        return new CapturedLog(name);
    }

    @Override
    public synchronized void publish(LogRecord logged) {
        text.write(format.format(logged));
        if (logged.getThrown() != null) {
            logged.getThrown().printStackTrace(new PrintWriter(text));
        }
    }

    synchronized String text() {
        return text.toString();
    }

    @Override
    public void flush() {
        // kept in memory
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
