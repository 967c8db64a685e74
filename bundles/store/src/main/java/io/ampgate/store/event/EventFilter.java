package io.ampgate.store.event;

import io.ampgate.store.internal.Fields;
import java.time.Instant;

/**
 * Which events to list: those of a time range, optionally narrowed down.
 *
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive; after {@code from}
 * @param source only events about this kind of thing, or {@code null} for all
 * @param sourceId only events about this one thing (needs {@code source}), or {@code null}
 * @param atLeast only events of this severity or a higher one, or {@code null} for all
 * @param unacknowledgedOnly only those no operator has acknowledged yet
 */
public record EventFilter(
        Instant from,
        Instant to,
        EventSource source,
        String sourceId,
        Severity atLeast,
        boolean unacknowledgedOnly) {

    /**
     * Checks the fields; a blank source id means "all".
     *
     * @throws IllegalArgumentException if the range is missing or empty, or a source id is given
     *     without its source
     */
    public EventFilter {
        from = Fields.millis(from, "from");
        to = Fields.millis(to, "to");
        Fields.range(from, to);
        sourceId = Fields.optional(sourceId, "sourceId", 64);
        if (sourceId != null && source == null) {
            throw new IllegalArgumentException("sourceId needs a source");
        }
    }

    /**
     * Every event of a time range.
     *
     * @param from the earliest time, inclusive
     * @param to the latest time, exclusive
     * @return the filter
     */
    public static EventFilter between(Instant from, Instant to) {
        return new EventFilter(from, to, null, null, null, false);
    }

    /**
     * This filter narrowed to one kind of source, or to one source.
     *
     * @param kind the kind of source
     * @param id the source's id, or {@code null} for every source of that kind
     * @return the narrower filter
     */
    public EventFilter source(EventSource kind, String id) {
        return new EventFilter(from, to, kind, id, atLeast, unacknowledgedOnly);
    }

    /**
     * This filter narrowed to a severity and the higher ones.
     *
     * @param severity the least severity
     * @return the narrower filter
     */
    public EventFilter atLeast(Severity severity) {
        return new EventFilter(from, to, source, sourceId, severity, unacknowledgedOnly);
    }

    /**
     * This filter narrowed to the events no operator has acknowledged yet.
     *
     * @return the narrower filter
     */
    public EventFilter unacknowledged() {
        return new EventFilter(from, to, source, sourceId, atLeast, true);
    }
}
