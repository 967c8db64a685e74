package io.ampgate.store.measurement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The roll-up resolutions. Buckets follow the site's local time: a day runs from local midnight
 * to local midnight (23 or 25 hours on daylight-saving days), and hours and quarter-hours start on
 * local hour and quarter-hour boundaries (which matters in zones such as UTC+05:30).
 */
public enum Resolution {
    /** 15 minutes. */
    QUARTER_HOUR(Duration.ofMinutes(15)),
    /** One hour. */
    HOUR(Duration.ofHours(1)),
    /** One local calendar day. */
    DAY(Duration.ofDays(1));

    private final Duration nominal;

    Resolution(Duration nominal) {
        this.nominal = nominal;
    }

    /**
     * The usual length of a bucket; a local day can be an hour shorter or longer.
     *
     * @return 15 minutes, one hour or one day
     */
    public Duration nominalLength() {
        return nominal;
    }

    /**
     * The start of the bucket that contains an instant.
     *
     * @param at the instant
     * @param zone the site's time zone
     * @return the latest bucket start at or before {@code at}
     */
    public Instant bucketStart(Instant at, ZoneId zone) {
        if (this == DAY) {
            return at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        }
        long offset = zone.getRules().getOffset(at).getTotalSeconds() * 1000L;
        long length = nominal.toMillis();
        long local = at.toEpochMilli() + offset;
        return Instant.ofEpochMilli(Math.floorDiv(local, length) * length - offset);
    }

    /**
     * The start of the bucket after the one that starts at {@code start}.
     *
     * @param start a bucket start
     * @param zone the site's time zone
     * @return the end of that bucket, always after {@code start}
     */
    public Instant nextBucket(Instant start, ZoneId zone) {
        if (this == DAY) {
            return start.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        }
        Instant next = bucketStart(start.plus(nominal), zone);
        return next.isAfter(start) ? next : start.plus(nominal);
    }
}
