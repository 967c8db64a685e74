package io.ampgate.simulator.site;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an energy register starts when the site starts: its mean power times the hours since
 * 2024-01-01. A register that grows with the date does not run backwards, or only a little, when
 * the gateway (and the simulated site with it) restarts: the energy counted while running is
 * lost, but the next start begins later. A station's connectors start at their full power, so
 * that theirs never runs backwards.
 */
final class EnergyStart {

    static final Instant ORIGIN = Instant.parse("2024-01-01T00:00:00Z");

    private EnergyStart() {
    }

    /** The register, Wh, of a device whose mean power is {@code meanWatts}, at {@code now}. */
    static double registerWh(Instant now, double meanWatts) {
        double hours = Math.max(0, Duration.between(ORIGIN, now).toSeconds() / 3600.0);
        return Math.floor(hours * meanWatts);
    }
}
