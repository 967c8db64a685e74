package io.ampgate.api.station;

/** How a station restarts on {@link ChargingStation#reset(ResetType)}. */
public enum ResetType {
    /** Restart the software after stopping running sessions gracefully. */
    SOFT,
    /** Restart the hardware immediately; running sessions are stopped abruptly. */
    HARD
}
