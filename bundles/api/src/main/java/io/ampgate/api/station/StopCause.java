package io.ampgate.api.station;

/** Who or what asks a station to end a session. */
public enum StopCause {
    /** An operator, in the console or the shell. */
    OPERATOR,
    /** A program through the service API. */
    REMOTE_API,
    /** The energy manager. */
    ENERGY_MANAGER,
    /** The badge's energy credit is used up. */
    CREDIT_EXHAUSTED
}
