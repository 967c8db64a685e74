package io.ampgate.ocpp;

import java.util.Objects;

/**
 * Why a call to a station did not get a usable answer. Futures returned by the central system
 * complete exceptionally with this exception (possibly wrapped in a
 * {@link java.util.concurrent.CompletionException}).
 */
public final class CallFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The station answered with a CALLERROR; see {@link #errorCode()}. */
        CALL_ERROR,
        /** The station did not answer within the call timeout. */
        TIMEOUT,
        /** The station is not connected, or its connection closed before it answered. */
        OFFLINE,
        /** The station answered with a payload that breaks the OCPP 1.6 schema. */
        INVALID_RESPONSE,
        /** The request itself is invalid; it was never sent. */
        INVALID_REQUEST,
        /** Too many calls are already waiting for this station; it was never sent. */
        BUSY
    }

    private final Reason reason;
    private final String errorCode;

    /**
     * A failure.
     *
     * @param reason what went wrong
     * @param errorCode the CALLERROR code the station sent, or {@code null} for other reasons
     * @param message what happened, for people
     */
    public CallFailure(Reason reason, String errorCode, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.errorCode = errorCode;
    }

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }

    /** The CALLERROR code the station sent, or {@code null} unless {@link Reason#CALL_ERROR}. */
    public String errorCode() {
        return errorCode;
    }

    /**
     * Finds the call failure behind an exception a future completed with.
     *
     * @param t the exception, maybe a {@link java.util.concurrent.CompletionException}
     * @return the failure, or {@code null} if {@code t} is something else
     */
    public static CallFailure of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CallFailure f) {
                return f;
            }
        }
        return null;
    }
}
