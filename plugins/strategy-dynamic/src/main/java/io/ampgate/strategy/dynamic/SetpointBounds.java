package io.ampgate.strategy.dynamic;

import io.ampgate.api.ems.ConnectorSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The most a connector's car can have drawn when the meter read, from the setpoints its station
 * confirmed. A car follows a lower setpoint within {@link #REACTION} (IEC 61851-1 allows it 5 s), so
 * at a reading taken that long after a setpoint was first seen, the car draws at most that
 * setpoint, whatever its station last reported. A station that reports rarely (60 s is a common
 * default) would otherwise keep counting a car at its old current after a reduction: the other
 * loads would look smaller than they are and the zone's cap larger, an overshoot until the next
 * report. While a change is younger than the reaction time, the higher of the two setpoints bounds
 * (the car may not have followed yet).
 */
final class SetpointBounds {
    static final Duration REACTION = Duration.ofSeconds(5);

    private record Seen(double amps, Instant since) {
    }

    private record History(Seen latest, Seen before) {
    }

    private final Map<String, History> history = new HashMap<>();

    /**
     * @param c the connector now, with its confirmed setpoint
     * @param readingAt when the meter read
     * @param now the cycle's time: when a new setpoint is first seen
     * @return the bound, A per phase, or {@code NaN} if the setpoints do not tell
     */
    double at(ConnectorSnapshot c, Instant readingAt, Instant now) {
        String key = c.stationId() + "/" + c.connector();
        double setpoint = c.setpoint();
        if (Double.isNaN(setpoint)) {
            history.remove(key);
            return Double.NaN;
        }
        History h = history.get(key);
        if (h == null) {
            h = new History(new Seen(setpoint, now), null);
        } else if (h.latest().amps() != setpoint) {
            h = new History(new Seen(setpoint, now), h.latest());
        }
        history.put(key, h);
        if (followed(h.latest(), readingAt)) {
            return h.latest().amps();
        }
        if (h.before() != null && followed(h.before(), readingAt)) {
            return Math.max(h.latest().amps(), h.before().amps());
        }
        return Double.NaN;
    }

    private static boolean followed(Seen s, Instant readingAt) {
        return !readingAt.isBefore(s.since().plus(REACTION));
    }
}
