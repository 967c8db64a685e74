package io.ampgate.store.event;

import io.ampgate.store.internal.Fields;
import java.time.Instant;

/**
 * One OCPP-J frame exchanged with a station, as the message log keeps it.
 *
 * @param time when it was sent or received
 * @param stationId the station's identity, non-blank, at most 48 characters
 * @param direction which way it went
 * @param type request, answer or error
 * @param action the OCPP action, e.g. {@code "StartTransaction"} (for an answer: that of its
 *     request, if known), at most 64 characters, or {@code null}
 * @param messageId the OCPP message id that pairs a request with its answer, non-blank, at most 64
 *     characters
 * @param payload the frame's JSON payload as sent, or {@code null}
 * @param errorCode the error code of a {@link MessageType#CALLERROR}, at most 64 characters, or
 *     {@code null}
 */
public record OcppFrame(
        Instant time,
        String stationId,
        Direction direction,
        MessageType type,
        String action,
        String messageId,
        String payload,
        String errorCode) {

    /**
     * Checks the fields; blank optional texts become {@code null}.
     *
     * @throws IllegalArgumentException naming the field that is missing or too long
     */
    public OcppFrame {
        time = Fields.millis(time, "time");
        stationId = Fields.required(stationId, "stationId", 48);
        Fields.required(direction, "direction");
        Fields.required(type, "type");
        action = Fields.optional(action, "action", 64);
        messageId = Fields.required(messageId, "messageId", 64);
        errorCode = Fields.optional(errorCode, "errorCode", 64);
    }
}
