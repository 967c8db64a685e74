package io.ampgate.api.station;

/**
 * Who or what asks a station to end a session, so that the session's record says why it ended.
 */
public enum StopCause {
    /** An operator, from the gateway's user interface or shell. */
    OPERATOR,
    /** An outside system through the gateway's API. */
    REMOTE_API,
    /** The gateway's energy manager (e.g. load shedding). */
    ENERGY_MANAGER,
    /** The badge's energy credit ran out. */
    CREDIT_EXHAUSTED
}
