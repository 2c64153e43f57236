package org.liaison.store.changes;

/** What a change did to its row. */
public enum Operation {
    INSERT('I'), UPDATE('U'), DELETE('D');

    private final char code;

    Operation(char code) {
        this.code = code;
    }

    /** The one-letter code stored in the outbox. */
    public char code() {
        return code;
    }

    public static Operation of(char code) {
        for (Operation op : values()) {
            if (op.code == code) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operation code: " + code);
    }
}
