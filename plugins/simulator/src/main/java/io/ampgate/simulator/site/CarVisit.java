package io.ampgate.simulator.site;

import java.time.Instant;
import java.util.Locale;

/**
 * One car's visit to a connector: when it plugs in and when its driver unplugs it, the energy it
 * wants, how many phases its charger uses, the most current it takes, and the badge its driver
 * shows ("" for none: the car waits for a remote start).
 */
public record CarVisit(Instant arrival, Instant departure, double energyWantedWh, int phases, double maxCurrentA,
        String badge) {

    public CarVisit {
        if (!departure.isAfter(arrival)) {
            throw new IllegalArgumentException("a car leaves after it arrives: " + arrival + " to " + departure);
        }
        if (energyWantedWh <= 0 || maxCurrentA <= 0 || phases != 1 && phases != 3) {
            throw new IllegalArgumentException("a car wants energy, takes current, on 1 or 3 phases");
        }
        badge = badge == null ? "" : badge;
    }

    /** The same car, leaving at {@code time} instead. */
    public CarVisit leavingAt(Instant time) {
        return new CarVisit(arrival, time.isAfter(arrival) ? time : arrival.plusSeconds(1), energyWantedWh, phases,
                maxCurrentA, badge);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f kWh, %d phase(s), %.0f A, badge %s", energyWantedWh / 1000, phases,
                maxCurrentA, badge.isEmpty() ? "none" : badge);
    }
}
