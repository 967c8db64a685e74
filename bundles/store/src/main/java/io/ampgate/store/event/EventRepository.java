package io.ampgate.store.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The site's events and alerts.
 *
 * <p>Every method throws {@link io.ampgate.store.StoreException} when the database fails and
 * {@link IllegalArgumentException} for invalid arguments.
 */
@ProviderType
public interface EventRepository {

    /**
     * Records an event, not yet acknowledged.
     *
     * @param time when it happened
     * @param source what kind of thing it is about
     * @param sourceId which one, at most 64 characters
     * @param severity how much it needs attention
     * @param code its machine-readable code, at most 64 characters
     * @param message the operator's text; beyond {@value Event#MAX_MESSAGE} characters it is
     *     shortened (ending with an ellipsis)
     * @return the stored event with its id
     */
    Event add(Instant time, EventSource source, String sourceId, Severity severity, String code, String message);

    /**
     * An event by its id.
     *
     * @param id the event's id
     * @return the event, or empty
     */
    Optional<Event> find(long id);

    /**
     * A page of the events that match a filter, newest first.
     *
     * @param filter which events
     * @param offset how many matching events to skip, 0 or more
     * @param limit the most events to return, 1 to 1000
     * @return the page, possibly empty
     */
    List<Event> list(EventFilter filter, int offset, int limit);

    /**
     * How many events no operator has acknowledged yet, e.g. for the console's alert badge.
     *
     * @param atLeast count only this severity and the higher ones
     * @return the count
     */
    long countUnacknowledged(Severity atLeast);

    /**
     * Records that an operator acknowledged an event. The first acknowledgement stands: doing it
     * again changes nothing.
     *
     * @param id the event's id
     * @param by who acknowledged it, non-blank, at most 200 characters
     * @param at when
     * @return the event as now stored, or empty if there is no such event
     */
    Optional<Event> acknowledge(long id, String by, Instant at);

    /**
     * Deletes the events that happened before an instant, acknowledged or not: "older than N days"
     * is {@code purgeBefore(now.minus(Duration.ofDays(n)))}.
     *
     * @param cutoff the oldest time kept
     * @return how many events were deleted
     */
    int purgeBefore(Instant cutoff);
}
