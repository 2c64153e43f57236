package org.liaison.campaigns.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * Sliding-window limits on mails a minute and an hour, started from the sending times recorded in
 * the last hour, so that a restart does not reset them.
 */
final class Throttle {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final Deque<Instant> times = new ArrayDeque<>();

    Throttle(Collection<Instant> recent) {
        times.addAll(recent);
    }

    void sent(Instant at) {
        times.addLast(at);
    }

    /** How long to wait before the next mail may go; zero when it may go now. A limit of 0 is no limit. */
    Duration wait(int perMinute, int perHour, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(HOUR))) {
            times.removeFirst();
        }
        Duration minute = wait(perMinute, MINUTE, now);
        Duration hour = wait(perHour, HOUR, now);
        return minute.compareTo(hour) >= 0 ? minute : hour;
    }

    private Duration wait(int limit, Duration window, Instant now) {
        if (limit <= 0) {
            return Duration.ZERO;
        }
        List<Instant> inWindow = new ArrayList<>();
        for (Instant time : times) {
            if (time.isAfter(now.minus(window))) {
                inWindow.add(time);
            }
        }
        if (inWindow.size() < limit) {
            return Duration.ZERO;
        }
        Instant freed = inWindow.get(inWindow.size() - limit).plus(window);
        return freed.isAfter(now) ? Duration.between(now, freed) : Duration.ZERO;
    }
}
