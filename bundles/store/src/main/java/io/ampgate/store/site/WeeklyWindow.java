package io.ampgate.store.site;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * A time of the week during which a badge on schedule may charge, in the site's local time.
 *
 * @param day the day of the week
 * @param from the start (inclusive), kept to the second
 * @param to the end (exclusive), after {@code from}; {@code 00:00} means the end of the day
 */
public record WeeklyWindow(DayOfWeek day, LocalTime from, LocalTime to) {

    /** Checks the fields. */
    public WeeklyWindow {
        Check.notNull(day, "day");
        from = Check.notNull(from, "from").truncatedTo(ChronoUnit.SECONDS);
        to = Check.notNull(to, "to").truncatedTo(ChronoUnit.SECONDS);
        if (endSecond(to) <= from.toSecondOfDay()) {
            throw new IllegalArgumentException("window on " + day + ": 'to' (" + to + ") must be after 'from' (" + from + ")");
        }
    }

    /**
     * Whether a moment of the week falls in this window.
     *
     * @param when the day of the week
     * @param time the local time
     * @return {@code true} if inside
     */
    public boolean contains(DayOfWeek when, LocalTime time) {
        int s = time.toSecondOfDay();
        return when == day && s >= from.toSecondOfDay() && s < endSecond(to);
    }

    /**
     * The end as seconds of the day: {@code 86400} for {@code 00:00}.
     *
     * @param to an end time
     * @return its second of the day
     */
    static int endSecond(LocalTime to) {
        return to.equals(LocalTime.MIDNIGHT) ? 86_400 : to.toSecondOfDay();
    }
}
