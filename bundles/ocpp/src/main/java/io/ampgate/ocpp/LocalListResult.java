package io.ampgate.ocpp;

/**
 * The outcome of a push or check of a station's local list.
 *
 * @param stationId the station
 * @param outcome what happened
 * @param listVersion the list version the station holds now as far as the gateway knows, 0 if none
 * @param message one line for people
 */
public record LocalListResult(String stationId, Outcome outcome, int listVersion, String message) {

    /** What happened. */
    public enum Outcome {
        /** The station holds the list it should; nothing was sent. */
        IN_SYNC,
        /** The changes were sent and accepted. */
        SENT,
        /** The station reports another version than the gateway sent (it gets the list in full). */
        MISMATCH,
        /** The station holds no list (version 0). */
        HOLDS_NONE,
        /** The station does not support local lists; not retried until someone asks again. */
        NOT_SUPPORTED,
        /** The list is longer than the station can hold; nothing was sent. */
        TOO_LONG,
        /** The station is not connected. */
        OFFLINE,
        /** The station uses the default list and the site lets stations keep their own lists. */
        NOT_MANAGED,
        /** The station refused or failed; see the message. */
        FAILED
    }

    /** Whether the station holds what it should now. */
    public boolean ok() {
        return outcome == Outcome.IN_SYNC || outcome == Outcome.SENT;
    }
}
