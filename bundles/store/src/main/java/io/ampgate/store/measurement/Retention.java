package io.ampgate.store.measurement;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How long measurements are kept, per kind; {@link #FOREVER} keeps them.
 *
 * @param raw how long raw samples are kept
 * @param quarterHour how long quarter-hour roll-ups are kept
 * @param hour how long hourly roll-ups are kept
 * @param day how long daily roll-ups are kept
 */
public record Retention(Duration raw, Duration quarterHour, Duration hour, Duration day) {

    /** Keep forever. */
    public static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

    /** The defaults: raw samples 35 days, quarter-hours 400 days, hours 5 years, days forever. */
    public static final Retention DEFAULT = new Retention(Duration.ofDays(35), Duration.ofDays(400),
            Duration.ofDays(5 * 365 + 1), FOREVER);

    /**
     * Checks that every retention is at least one day.
     *
     * @throws NullPointerException if a retention is {@code null}
     * @throws IllegalArgumentException if a retention is shorter than a day
     */
    public Retention {
        check(raw, "raw samples");
        check(quarterHour, "quarter-hour roll-ups");
        check(hour, "hourly roll-ups");
        check(day, "daily roll-ups");
    }

    private static void check(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("retention of " + what + " must be at least one day, not " + d);
        }
    }

    /**
     * The retention of the roll-ups of one resolution.
     *
     * @param resolution the resolution
     * @return how long its roll-ups are kept
     */
    public Duration of(Resolution resolution) {
        return switch (resolution) {
            case QUARTER_HOUR -> quarterHour;
            case HOUR -> hour;
            case DAY -> day;
        };
    }
}
