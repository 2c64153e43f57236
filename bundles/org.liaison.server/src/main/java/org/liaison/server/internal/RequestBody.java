package org.liaison.server.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request's body without holding a thread while the client sends it, within a time that
 * grows with its length: a client that dribbles its body costs a connection, not a server thread,
 * and is cut off at the deadline.
 */
final class RequestBody implements Runnable {

    /** Beyond this much of an oversized body the rest is left unread and the connection closes. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    /** The body was longer than allowed; it has been read (up to {@link #DRAIN_LIMIT}) so that the client reads the answer. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long length;

        TooLarge(long length) {
            super("the request body of " + length + " bytes or more is over the limit");
            this.length = length;
        }
    }

    /** How long a body may take to arrive. */
    record Limits(int maxBytes, Duration base, long bytesPerSecond) {

        Limits withMaxBytes(int max) {
            return new Limits(Math.min(max, maxBytes), base, bytesPerSecond);
        }

        Duration deadline(long declaredLength) {
            long length = Math.min(Math.max(0, declaredLength), maxBytes);
            return base.plusMillis(length * 1000 / Math.max(1, bytesPerSecond));
        }
    }

    private final Request request;
    private final int maxBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();
    private long total;

    private RequestBody(Request request, int maxBytes) {
        this.request = request;
        this.maxBytes = maxBytes;
    }

    /**
     * The whole body; fails with {@link TooLarge}, with a {@link java.util.concurrent.TimeoutException}
     * past the deadline, or with the connection's failure.
     */
    static CompletableFuture<byte[]> read(Request request, Limits limits) {
        RequestBody body = new RequestBody(request, limits.maxBytes());
        CompletableFuture<byte[]> done = body.done.orTimeout(limits.deadline(request.getLength()).toMillis(), TimeUnit.MILLISECONDS);
        body.run();
        return done;
    }

    /** Reads what has arrived, then asks to be called again when more comes. */
    @Override
    public void run() {
        while (!done.isDone()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                done.completeExceptionally(chunk.getFailure());
                return;
            }
            ByteBuffer buffer = chunk.getByteBuffer();
            total += buffer.remaining();
            if (total <= maxBytes) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                kept.writeBytes(bytes);
            }
            chunk.release();
            if (chunk.isLast() || total > DRAIN_LIMIT) {
                if (total > maxBytes) {
                    done.completeExceptionally(new TooLarge(Math.max(total, request.getLength())));
                } else {
                    done.complete(kept.toByteArray());
                }
                return;
            }
        }
    }
}
