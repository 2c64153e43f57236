package org.liaison.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.liaison.sync.SyncException;
import org.liaison.sync.SyncException.Kind;
import org.liaison.sync.protocol.PullResponse;
import org.liaison.sync.protocol.PushRequest;
import org.liaison.sync.protocol.PushResponse;

/**
 * The real transport with network faults: a request lost before the server saw it, an answer lost
 * after the server committed, a request delivered twice, and an old push delivered again after a
 * newer one. Every answer the server really gave to a push is reported, whether or not it reaches
 * the desktop: that is what the server acknowledged.
 */
final class FaultyTransport extends ForwardingTransport {

    private final Random random;
    private final double faultRate;
    private final Served served;
    private final List<PushRequest> sent = new ArrayList<>();
    volatile boolean faulty = true;
    /** How many faults of each kind were injected: 1 request lost, 2 answer lost, 3 delivered twice, 4 an old push again. */
    final int[] faults = new int[5];

    /** Told of each answer the server gave to a push, with the wall-clock times the push was sent and answered. */
    interface Served {
        void push(PushRequest request, PushResponse answer, long sentAt, long answeredAt);
    }

    FaultyTransport(SyncTransport real, Random random, double faultRate, Served served) {
        super(real);
        this.random = random;
        this.faultRate = faultRate;
        this.served = served;
    }

    @Override
    public PushResponse push(String token, PushRequest request) {
        int fault = fault();
        if (fault == 1) {
            throw lost("push request lost");
        }
        PushResponse answer = deliver(token, request);
        if (fault == 3) {
            answer = deliver(token, request);
        }
        if (fault == 4 && !sent.isEmpty()) {
            deliver(token, sent.get(random.nextInt(sent.size())));
        }
        sent.add(request);
        if (fault == 2) {
            throw lost("push answer lost after the server committed");
        }
        return answer;
    }

    private PushResponse deliver(String token, PushRequest request) {
        long sentAt = System.currentTimeMillis();
        PushResponse answer = real.push(token, request);
        served.push(request, answer, sentAt, System.currentTimeMillis());
        return answer;
    }

    @Override
    public PullResponse pull(String token, long after, int limit, long upTo, int waitSeconds) {
        int fault = fault();
        if (fault == 1) {
            throw lost("pull request lost");
        }
        PullResponse page = real.pull(token, after, limit, upTo, waitSeconds);
        if (fault == 3) {
            page = real.pull(token, after, limit, upTo, waitSeconds);
        }
        if (fault == 2) {
            throw lost("pull answer lost");
        }
        return page;
    }

    private int fault() {
        if (!faulty || random.nextDouble() >= faultRate) {
            return 0;
        }
        int kind = 1 + random.nextInt(4);
        faults[kind]++;
        return kind;
    }

    private static SyncException lost(String what) {
        return new SyncException(Kind.UNREACHABLE, "injected fault: " + what);
    }
}
