package io.ampgate.store.event;

import io.ampgate.store.internal.Fields;
import java.time.Instant;

/**
 * An event or alert as stored.
 *
 * @param id the event's id, unique on the site
 * @param time when it happened
 * @param source what kind of thing it is about
 * @param sourceId which one: a station identity, a meter id or a part of the gateway; at most 64
 *     characters
 * @param severity how much it needs attention
 * @param code a stable, machine-readable code, e.g. {@code "METER_STALE"}; at most 64 characters
 * @param message the operator's text, at most {@value #MAX_MESSAGE} characters
 * @param acknowledgedAt when an operator acknowledged it, or {@code null}
 * @param acknowledgedBy who acknowledged it, or {@code null}
 */
public record Event(
        long id,
        Instant time,
        EventSource source,
        String sourceId,
        Severity severity,
        String code,
        String message,
        Instant acknowledgedAt,
        String acknowledgedBy) {

    /** The longest message kept; {@link EventRepository#add} shortens longer ones. */
    public static final int MAX_MESSAGE = 1000;

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException naming the field that is missing or too long, or if only one
     *     of the acknowledgement fields is given
     */
    public Event {
        time = Fields.millis(time, "time");
        Fields.required(source, "source");
        sourceId = Fields.required(sourceId, "sourceId", 64);
        Fields.required(severity, "severity");
        code = Fields.required(code, "code", 64);
        Fields.required(message, "message");
        if (message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("message is longer than " + MAX_MESSAGE + " characters: " + message.length());
        }
        acknowledgedBy = Fields.optional(acknowledgedBy, "acknowledgedBy", 200);
        if ((acknowledgedAt == null) != (acknowledgedBy == null)) {
            throw new IllegalArgumentException("acknowledgedAt and acknowledgedBy go together");
        }
        acknowledgedAt = acknowledgedAt == null ? null : Fields.millis(acknowledgedAt, "acknowledgedAt");
    }

    /**
     * Whether an operator has acknowledged it.
     *
     * @return {@code true} once acknowledged
     */
    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
