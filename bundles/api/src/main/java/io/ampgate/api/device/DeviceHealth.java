package io.ampgate.api.device;

import java.time.Instant;
import java.util.Objects;

/**
 * The communication health of a device as its driver sees it, shown on the operator's device list
 * and used by the energy manager to fall back to conservative limits.
 *
 * @param state the current state
 * @param lastError the most recent error message; required in {@link State#COMM_ERROR}, otherwise
 *     {@code null} or the error that preceded the current state
 * @param since when the device entered {@code state}
 */
public record DeviceHealth(State state, String lastError, Instant since) {

    /** Communication state of a device. */
    public enum State {
        /** The driver is starting and has not talked to the device yet. */
        STARTING,
        /** The device answers; its data is current. */
        ONLINE,
        /** The device does not answer or answers with errors; its data is getting stale. */
        COMM_ERROR,
        /** The device is switched off in the configuration; nobody polls it. */
        DISABLED
    }

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if {@code state} or {@code since} is {@code null}
     * @throws IllegalArgumentException if {@code state} is {@code COMM_ERROR} without an error
     *     message
     */
    public DeviceHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        if (state == State.COMM_ERROR && (lastError == null || lastError.isBlank())) {
            throw new IllegalArgumentException("COMM_ERROR needs an error message");
        }
    }

    /**
     * A driver that has not talked to its device yet.
     *
     * @param since when the driver started
     * @return the health
     */
    public static DeviceHealth starting(Instant since) {
        return new DeviceHealth(State.STARTING, null, since);
    }

    /**
     * A device that answers.
     *
     * @param since when it started answering
     * @return the health
     */
    public static DeviceHealth online(Instant since) {
        return new DeviceHealth(State.ONLINE, null, since);
    }

    /**
     * A device that does not answer or answers with errors.
     *
     * @param error what went wrong, for the operator (e.g. "Modbus timeout after 3 retries")
     * @param since when the errors started
     * @return the health
     */
    public static DeviceHealth commError(String error, Instant since) {
        return new DeviceHealth(State.COMM_ERROR, error, since);
    }

    /**
     * A device switched off in the configuration.
     *
     * @param since when it was disabled
     * @return the health
     */
    public static DeviceHealth disabled(Instant since) {
        return new DeviceHealth(State.DISABLED, null, since);
    }

    /**
     * Whether the device's data can be trusted right now.
     *
     * @return {@code true} in {@link State#ONLINE}
     */
    public boolean isOnline() {
        return state == State.ONLINE;
    }
}
