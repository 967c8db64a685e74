package io.ampgate.ocpp.rpc;

import io.ampgate.ocpp.rpc.Frame.CallError;

/**
 * What {@link FrameCodec#parse} makes of a text: a {@link Parsed} frame, or a {@link Refusal} with
 * the CALLERROR to send back.
 */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Refusal {

    /** A well-formed frame. Its payload has not been validated against a schema yet. */
    record Parsed(Frame frame) implements ParseResult {
    }

    /**
     * A text that is not a well-formed frame. {@code reply} is the CALLERROR to answer with: its
     * message id is the one the text carried when it could be read, otherwise
     * {@link FrameCodec#UNKNOWN_MESSAGE_ID}. {@code messageType} is the type number the text
     * claimed (2, 3, 4, or 0 when unknown): the spec only answers CALLs, so a caller may choose to
     * log a broken CALLRESULT or CALLERROR rather than answer it.
     */
    record Refusal(CallError reply, int messageType) implements ParseResult {
    }
}
