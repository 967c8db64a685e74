package io.ampgate.store.measurement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Meter measurements: raw samples written in batches, read by time range, rolled up into
 * quarter-hour, hourly and daily buckets and purged by age. Every method throws
 * {@link io.ampgate.store.StoreException} when the database fails.
 */
@ProviderType
public interface MeasurementRepository {

    /**
     * Stores samples in one transaction. A sample whose meter and instant are already stored (or
     * repeated in {@code samples}) is ignored: the first one stored stays.
     *
     * @param samples the samples, of any meters, in any order
     * @return how many samples were new and stored
     */
    int write(List<Sample> samples);

    /**
     * The raw samples of one meter in a time range.
     *
     * @param meterId the meter
     * @param from the start of the range (inclusive)
     * @param to the end of the range (exclusive)
     * @return the samples, oldest first
     */
    List<Sample> samples(String meterId, Instant from, Instant to);

    /**
     * The roll-ups of one meter whose buckets start in a time range.
     *
     * @param meterId the meter
     * @param resolution the bucket length
     * @param from the start of the range (inclusive)
     * @param to the end of the range (exclusive)
     * @return the roll-ups, oldest first; a bucket without samples has none
     */
    List<Rollup> rollups(String meterId, Resolution resolution, Instant from, Instant to);

    /**
     * Rolls up every complete bucket (ending at or before {@code upTo}) of every resolution that
     * has not been rolled up yet. Each resolution remembers how far it got, so running it again
     * changes nothing. Samples written later for an already rolled-up bucket are not counted:
     * leave a margin for late samples in {@code upTo}.
     *
     * @param upTo the end of the time to roll up
     * @param zone the site's time zone, which places the bucket boundaries; keep it constant
     * @return how many roll-up rows were written
     */
    int rollUp(Instant upTo, ZoneId zone);

    /**
     * Deletes what is older than its retention. Raw samples that are not rolled up yet in every
     * resolution are kept whatever their age.
     *
     * @param retention how long each kind is kept
     * @param now the current time
     * @return how many rows were deleted
     */
    int purge(Retention retention, Instant now);
}
