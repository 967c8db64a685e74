package io.ampgate.mqtt.signal;

import io.ampgate.api.signal.GridSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the MQTT grid-signal source knows, and the signal it reports from it (a pure value).
 *
 * <p>As for the signal given through the API: a signal without {@code validForSeconds} holds until
 * the next one and is stamped with the time it is read at; one with it ends strictly after its
 * arrival plus that long, and then is no signal at all. A broker unreachable for {@code lostAfter}
 * turns a signal that still holds into LOST.
 *
 * @param request the last accepted signal, or {@code null}
 * @param receivedAt when it arrived
 * @param disconnectedSince since when the broker is unreachable, or {@code null} while connected
 */
record SourceState(SignalRequest request, Instant receivedAt, Instant disconnectedSince) {

    static final SourceState NONE = new SourceState(null, null, null);

    SourceState accepted(SignalRequest r, Instant at) {
        return new SourceState(r, at, null);
    }

    SourceState disconnected(Instant at) {
        return disconnectedSince != null ? this : new SourceState(request, receivedAt, at);
    }

    SourceState connected() {
        return new SourceState(request, receivedAt, null);
    }

    /** When the signal ends, or empty if it holds until the next one (or there is none). */
    Optional<Instant> validUntil() {
        return request == null || request.validFor().isZero() ? Optional.empty()
                : Optional.of(receivedAt.plus(request.validFor()));
    }

    boolean expired(Instant now) {
        return validUntil().map(now::isAfter).orElse(false);
    }

    Optional<GridSignal> signal(Instant now, Duration lostAfter) {
        if (request == null || expired(now)) {
            return Optional.empty();
        }
        if (disconnectedSince != null && !now.isBefore(disconnectedSince.plus(lostAfter))) {
            return Optional.of(GridSignal.lost(now));
        }
        return Optional.of(request.at(now));
    }
}
