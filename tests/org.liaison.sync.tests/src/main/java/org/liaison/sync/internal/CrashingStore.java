package org.liaison.sync.internal;

import org.liaison.store.SqlWork;
import org.liaison.store.Store;

/**
 * A desktop's store whose next transaction can be made to die after its work ran and before it
 * committed, as when the process is killed while a pulled page is being applied.
 */
final class CrashingStore implements Store {

    /** What the "killed" transaction throws. */
    static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("injected fault: process killed before the commit");
        }
    }

    private final Store real;
    volatile boolean killNextTransaction;
    /** How many transactions were killed. */
    int kills;

    CrashingStore(Store real) {
        this.real = real;
    }

    @Override
    public <T> T transaction(SqlWork<T> work) {
        return real.transaction(connection -> {
            T result = work.run(connection);
            if (killNextTransaction) {
                killNextTransaction = false;
                kills++;
                throw new Killed();
            }
            return result;
        });
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return real.read(work);
    }
}
