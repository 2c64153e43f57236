package org.liaison.store.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a failure to write the database file (a full disk, a file size limit, a quota) from other
 * failures: after one, the database engine has closed itself and nothing more can be saved until
 * a restart with room on the disk.
 */
final class DiskWriteFailure {

    /** What the operating system says when it refuses to let a file grow, on Linux, macOS and Windows. */
    private static final Pattern NO_ROOM = Pattern.compile(
            "No space left on device|File too large|Disk quota exceeded|not enough space on the disk|There is not enough space",
            Pattern.CASE_INSENSITIVE);

    private DiskWriteFailure() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_WRITING_FAILED) {
                return true;
            }
            if (cause instanceof IOException && cause.getMessage() != null && NO_ROOM.matcher(cause.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }
}
