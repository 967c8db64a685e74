package io.ampgate.store.backup.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** When the daily backup runs next: the configured time of day in the clock's zone. */
public record Schedule(LocalTime at) {

    public Schedule {
        if (at == null) {
            throw new IllegalArgumentException("a time of day is required");
        }
    }

    /** Parses "HH:mm" with a message that says what was wrong. */
    public static Schedule parse(String time) {
        try {
            return new Schedule(LocalTime.parse(time.strip()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("backup time must be HH:mm (for example 02:30), not '" + time + "'");
        }
    }

    /** The first run strictly after now (on a day that skips the time, the next valid moment). */
    public Instant next(Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today = now.toLocalDate().atTime(at).atZone(clock.getZone());
        return (today.isAfter(now) ? today : now.toLocalDate().plusDays(1).atTime(at).atZone(clock.getZone())).toInstant();
    }

    public Duration delay(Clock clock) {
        return Duration.between(clock.instant(), next(clock));
    }
}
