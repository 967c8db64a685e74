package io.ampgate.ocpp.server;

import java.time.Duration;
import java.time.Instant;

/**
 * When to ping a connection and when to give it up. A station that has said nothing for
 * {@code interval} gets a ping; a ping unanswered (no pong, no message) after {@code timeout}
 * drops the connection. So a vanished station is offline at most {@code interval + timeout} (plus
 * the sweep period) after it was last heard.
 *
 * @param interval how long a silent connection waits for a ping
 * @param timeout how long a ping may wait for any sign of life
 */
public record Liveness(Duration interval, Duration timeout) {

    /** What to do with one connection now. */
    public enum Action {
        /** Nothing. */
        WAIT,
        /** Send a ping. */
        PING,
        /** Drop the connection: the station is gone. */
        DROP
    }

    public Liveness {
        if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ping interval and timeout must be > 0");
        }
    }

    /**
     * The decision for one connection.
     *
     * @param now the time
     * @param lastHeard when the station last sent anything (a message, a pong, a ping)
     * @param pingSent when the unanswered ping was sent, or {@code null} if none is waiting
     * @return the action
     */
    public Action check(Instant now, Instant lastHeard, Instant pingSent) {
        if (pingSent != null && pingSent.isAfter(lastHeard)) {
            return Duration.between(pingSent, now).compareTo(timeout) >= 0 ? Action.DROP : Action.WAIT;
        }
        return Duration.between(lastHeard, now).compareTo(interval) >= 0 ? Action.PING : Action.WAIT;
    }
}
