package io.ampgate.simulator.site;

import java.time.Duration;

/**
 * How a car charges: pure functions of its visit, what it has received and the station's limit.
 * A station offers its limit, capped by its rating; below the IEC 61851 minimum of 6 A it offers
 * nothing (the car is suspended by the station). The car takes at most its own maximum, tapering
 * over the last fifth of the energy it wants down to 30 % of its maximum, and nothing once full.
 */
public final class Charging {

    /** The least current a station may offer, A (IEC 61851). */
    public static final double MIN_CURRENT_A = 6;
    /** The share of the wanted energy over which the car's current tapers. */
    static final double TAPER_SHARE = 0.2;
    /** The car's current at the very end of the taper, a share of its maximum. */
    static final double TAPER_END = 0.3;

    private Charging() {
    }

    /** What the station offers per phase: its limit capped by its rating, or 0 below 6 A. */
    public static double offered(double limitA, double ratingA) {
        double offer = Math.min(limitA, ratingA);
        return offer < MIN_CURRENT_A ? 0 : offer;
    }

    /** The most the car takes per phase, having received {@code deliveredWh}. */
    public static double acceptance(CarVisit car, double deliveredWh) {
        double remaining = (car.energyWantedWh() - deliveredWh) / car.energyWantedWh();
        if (remaining <= 0) {
            return 0;
        }
        if (remaining >= TAPER_SHARE) {
            return car.maxCurrentA();
        }
        return car.maxCurrentA() * (TAPER_END + (1 - TAPER_END) * remaining / TAPER_SHARE);
    }

    /** The current the car draws per phase: what it takes of what is offered. */
    public static double draw(double offeredA, double acceptanceA) {
        return Math.min(offeredA, acceptanceA);
    }

    /** Whether the car has all it wanted. */
    public static boolean full(CarVisit car, double deliveredWh) {
        return deliveredWh >= car.energyWantedWh();
    }

    /** The energy of {@code currentA} on {@code phases} phases at {@code volts} for {@code duration}, Wh. */
    public static double energyWh(double currentA, int phases, double volts, Duration duration) {
        return currentA * phases * volts * duration.toNanos() / 3.6e12;
    }
}
