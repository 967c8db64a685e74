package io.ampgate.store.event;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The log of OCPP frames exchanged with the stations, for diagnostics. It is bounded: the caller
 * regularly purges by age ({@link #purgeBefore}) and by count ({@link #keepNewest}). Appending is
 * cheap; busy callers collect frames and append them in batches.
 *
 * <p>Every method throws {@link io.ampgate.store.StoreException} when the database fails and
 * {@link IllegalArgumentException} for invalid arguments.
 */
@ProviderType
public interface OcppLogRepository {

    /**
     * Appends a frame.
     *
     * @param frame the frame
     */
    void append(OcppFrame frame);

    /**
     * Appends frames in one batch, all or none, in the order given.
     *
     * @param frames the frames, of any stations
     */
    void appendAll(List<OcppFrame> frames);

    /**
     * A page of a station's frames in a time range, newest first.
     *
     * @param stationId the station's identity
     * @param from the earliest time, inclusive
     * @param to the latest time, exclusive; after {@code from}
     * @param offset how many frames to skip, 0 or more
     * @param limit the most frames to return, 1 to 1000
     * @return the page, possibly empty
     */
    List<OcppFrame> list(String stationId, Instant from, Instant to, int offset, int limit);

    /**
     * Deletes the frames of every station logged before an instant.
     *
     * @param cutoff the oldest time kept
     * @return how many frames were deleted
     */
    int purgeBefore(Instant cutoff);

    /**
     * Deletes, for every station, all but its most recently appended frames.
     *
     * @param perStation how many frames each station keeps, 0 or more
     * @return how many frames were deleted
     */
    int keepNewest(int perStation);
}
