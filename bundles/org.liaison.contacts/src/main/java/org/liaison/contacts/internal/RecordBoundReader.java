package org.liaison.contacts.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts what a parser reads of one record (a CSV row, a vCard) and stops it past a bound: a quote
 * never closed, or a card that never ends, fails with {@link TooLong} instead of filling the memory.
 * The parser's caller says where each record ends. Parsers read ahead into a buffer (8 k characters
 * for Commons CSV), so the bound must be well above that.
 */
final class RecordBoundReader extends FilterReader {

    /** A record ran over the bound. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long limit) {
            super("a record runs over " + limit + " characters");
        }
    }

    private final long limit;
    private long sinceRecord;

    RecordBoundReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** The record read last is complete: counting starts again. */
    void recordEnded() {
        sinceRecord = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int read) throws TooLong {
        sinceRecord += read;
        if (sinceRecord > limit) {
            throw new TooLong(limit);
        }
    }

    /** Whether {@code e}, or one of its causes, is a record over the bound. */
    static boolean tooLong(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLong) {
                return true;
            }
        }
        return false;
    }
}
