package io.ampgate.store.jdbc.session;

import io.ampgate.store.session.SessionMeterValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The time a session's car actually drew energy, from the session's meter values: a car that is full
 * or paused stays connected without charging.
 *
 * <p>The points are the start (start time, meter start), the samples taken within [start, stop] and
 * the stop (stop time, meter stop), ordered by time. An interval between two consecutive points
 * counts as charging when the energy register rose from one to the other; where either point has no
 * register, when the power reported at its end (or, without one there, at its beginning) is above
 * {@link #POWER_THRESHOLD_W}. A register that went backwards (a replaced meter) is not charging.
 * Samples with neither register nor power say nothing and are left out, as are samples outside the
 * session. Without samples the whole session counts when the register rose, else nothing.
 */
public final class ChargingTime {
    /** The power above which a sample without energy register counts as charging, in W. */
    public static final double POWER_THRESHOLD_W = 100;

    private record Point(Instant at, double energyWh, double powerW) {}

    private ChargingTime() {}

    /**
     * The charging time of a stopped session.
     *
     * @param start the start time
     * @param meterStartWh the register at the start, in Wh
     * @param stop the stop time, not before the start
     * @param meterStopWh the register at the stop, in Wh
     * @param samples the session's meter values, in any order
     * @return the charging time in whole seconds, between 0 and the session's duration
     */
    public static long seconds(Instant start, long meterStartWh, Instant stop, long meterStopWh,
            List<SessionMeterValue> samples) {
        List<Point> points = new ArrayList<>();
        points.add(new Point(start, meterStartWh, Double.NaN));
        samples.stream()
                .filter(v -> !v.sampledAt().isBefore(start) && !v.sampledAt().isAfter(stop))
                .map(v -> new Point(v.sampledAt(), v.energyWh(), power(v)))
                .filter(p -> !Double.isNaN(p.energyWh()) || !Double.isNaN(p.powerW()))
                .sorted(Comparator.comparing(Point::at)) // stable: samples keep their order on equal times
                .forEach(points::add);
        points.add(new Point(stop, meterStopWh, Double.NaN));
        long millis = 0;
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            if (charging(from, to)) {
                millis += Duration.between(from.at(), to.at()).toMillis();
            }
        }
        long total = Duration.between(start, stop).toMillis();
        return Math.max(0, Math.min(millis, total)) / 1000;
    }

    private static boolean charging(Point from, Point to) {
        if (!Double.isNaN(from.energyWh()) && !Double.isNaN(to.energyWh())) {
            return to.energyWh() > from.energyWh();
        }
        double power = Double.isNaN(to.powerW()) ? from.powerW() : to.powerW();
        return power > POWER_THRESHOLD_W;
    }

    /** The total active power, or the sum of the phases' powers without it. */
    private static double power(SessionMeterValue v) {
        return Double.isNaN(v.powerW()) ? v.power().sum() : v.powerW();
    }
}
