package io.ampgate.store.jdbc.measurement;

import io.ampgate.store.measurement.Retention;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the recorder does, checked.
 *
 * @param interval how often each meter's last reading is stored, at least one second
 * @param retention how long samples and roll-ups are kept
 * @param zone the site's time zone, for the roll-ups' hour and day boundaries
 */
public record RecorderSettings(Duration interval, Retention retention, ZoneId zone) {

    public RecorderSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(zone, "zone");
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the sample interval must be at least 1 s, not " + interval);
        }
    }

    /** From the component's configuration; 0 days keeps roll-ups forever. */
    static RecorderSettings of(MeasurementRecorder.Config config) {
        ZoneId zone;
        try {
            zone = config.timeZone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(config.timeZone().strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + config.timeZone() + "': use a name such as Europe/Berlin", e);
        }
        return new RecorderSettings(Duration.ofSeconds(config.sampleIntervalSeconds()),
                new Retention(days(config.rawDays(), false), days(config.quarterHourDays(), true),
                        days(config.hourDays(), true), days(config.dayDays(), true)), zone);
    }

    private static Duration days(int days, boolean zeroIsForever) {
        return days == 0 && zeroIsForever ? Retention.FOREVER : Duration.ofDays(days);
    }
}
