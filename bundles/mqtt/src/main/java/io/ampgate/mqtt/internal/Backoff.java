package io.ampgate.mqtt.internal;

import java.time.Duration;

/** Reconnect delays: 1 s, then twice as long each time up to the longest; reset on success. */
final class Backoff {
    private static final Duration FIRST = Duration.ofSeconds(1);
    private final Duration longest;
    private Duration next = FIRST;

    Backoff(Duration longest) {
        this.longest = longest.compareTo(FIRST) < 0 ? FIRST : longest;
    }

    synchronized Duration next() {
        Duration now = next.compareTo(longest) > 0 ? longest : next;
        next = now.multipliedBy(2);
        return now;
    }

    synchronized void reset() {
        next = FIRST;
    }
}
