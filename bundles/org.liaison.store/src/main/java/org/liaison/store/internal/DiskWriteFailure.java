package org.liaison.store.internal;

import java.io.IOException;
import java.util.regex.Pattern;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a failure to write the database file from other failures: after one, the database engine
 * has closed itself and nothing more can be saved until a restart. Most often the disk is full (or
 * a size limit or quota is reached), which is said as such; other write failures (an input/output
 * error, a network share gone) are not called a full disk.
 */
enum DiskWriteFailure {
    NONE, NO_ROOM, OTHER;

    /** What the operating system says when it refuses to let a file grow, on Linux, macOS and Windows. */
    private static final Pattern NO_ROOM_MESSAGE = Pattern.compile(
            "No space left on device|File too large|Dis[kc] quota exceeded|not enough space on the disk", Pattern.CASE_INSENSITIVE);

    static DiskWriteFailure of(Throwable failure) {
        boolean writing = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && cause.getMessage() != null && NO_ROOM_MESSAGE.matcher(cause.getMessage()).find()) {
                return NO_ROOM;
            }
            writing |= cause instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_WRITING_FAILED;
        }
        return writing ? OTHER : NONE;
    }
}
