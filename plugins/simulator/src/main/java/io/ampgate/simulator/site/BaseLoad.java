package io.ampgate.simulator.site;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/**
 * The building's own consumption (lighting, heating, machines) per phase, as an office draws it:
 * the night level until 06:00, up to the day level by 09:00, a small dip at lunch, down again from
 * 17:00 to the night level at 22:00; at weekends a third of the weekday swing. Phase L1 carries the
 * full curve, L2 and L3 less by the imbalance; a slow noise of the seed moves each phase.
 *
 * @param nightA the night level on L1, A
 * @param dayA the day level on L1, A (noise aside, the highest current of the curve)
 * @param imbalance how much less L2 carries (L3: half as much less), 0 to 1
 * @param noise how far the noise moves a phase, a share of its level, 0 to 1
 * @param seed the seed of the noise
 */
public record BaseLoad(double nightA, double dayA, double imbalance, double noise, long seed) {

    static final double WEEKEND_SHARE = 1 / 3.0;
    /** The mean of {@link #dayShape} over a weekday (11.86 h of 24). */
    static final double WEEKDAY_MEAN_SHAPE = 0.494;
    private static final long NOISE_STREAM = 100;
    /** Minutes between two independent noise values. */
    private static final double NOISE_MINUTES = 2;

    public BaseLoad {
        if (nightA < 0 || dayA < nightA) {
            throw new IllegalArgumentException("base load: the night level (" + nightA
                    + " A) must be at least 0 and at most the day level (" + dayA + " A)");
        }
        if (imbalance < 0 || imbalance > 1 || noise < 0 || noise > 1) {
            throw new IllegalArgumentException("base load: imbalance and noise are shares from 0 to 1");
        }
    }

    /** The current on each phase at {@code time} (in the site's time zone). */
    public PhaseCurrents at(ZonedDateTime time) {
        double level = nightA + (dayA - nightA) * dayShape(time);
        double minutes = time.toEpochSecond() / 60.0;
        double[] phaseShare = {1, 1 - imbalance, 1 - imbalance / 2};
        double[] current = new double[3];
        for (int i = 0; i < 3; i++) {
            double wobble = noise * Noise.smooth(seed, NOISE_STREAM + i, minutes / NOISE_MINUTES);
            current[i] = Math.max(0, level * phaseShare[i] * (1 + wobble));
        }
        return new PhaseCurrents(current[0], current[1], current[2]);
    }

    /** 0 at night to 1 at the height of a weekday, without noise. */
    static double dayShape(ZonedDateTime time) {
        double hour = time.getHour() + time.getMinute() / 60.0 + time.getSecond() / 3600.0;
        double weekday;
        if (hour < 6 || hour >= 22) {
            weekday = 0;
        } else if (hour < 9) {
            weekday = smoothStep((hour - 6) / 3);
        } else if (hour < 12 || hour >= 13.5 && hour < 17) {
            weekday = 1;
        } else if (hour < 13.5) {
            weekday = 1 - 0.15 * Math.sin(Math.PI * (hour - 12) / 1.5); // lunch
        } else {
            weekday = 1 - smoothStep((hour - 17) / 5);
        }
        DayOfWeek day = time.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return weekend ? weekday * WEEKEND_SHARE : weekday;
    }

    private static double smoothStep(double x) {
        return x * x * (3 - 2 * x);
    }

    /** The mean power of a week of this curve, W at {@code volts}, to start energy registers with. */
    double meanWatts(double volts) {
        double meanShape = WEEKDAY_MEAN_SHAPE * (5 + 2 * WEEKEND_SHARE) / 7;
        double meanL1 = nightA + (dayA - nightA) * meanShape;
        return meanL1 * (3 - 1.5 * imbalance) * volts;
    }
}
