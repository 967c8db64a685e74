package io.ampgate.signal.modbus;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.modbus.Values;
import java.util.List;
import java.util.Optional;

/**
 * The source's signal at one moment, from the device's health and its last values: none before the
 * first poll, lost while the device does not answer, else what the last poll's values mean.
 *
 * @param signal the signal; empty before the first poll
 * @param reason why the signal is lost or missing; {@code null} otherwise
 */
record SignalStatus(Optional<GridSignal> signal, String reason) {

    /**
     * The status of a polled input.
     *
     * @param health the device's health
     * @param values its last values
     * @param input what they mean
     * @return the status; a lost signal is stamped with the first failed poll, when the loss began
     */
    static SignalStatus of(DeviceHealth health, Optional<Values> values, SignalInput input) {
        return switch (health.state()) {
            case STARTING -> new SignalStatus(Optional.empty(), "not polled yet");
            case ONLINE -> values.map(v -> {
                SignalReading r = input.read(v);
                return new SignalStatus(Optional.of(r.at(v.at())), r.reason());
            }).orElseGet(() -> new SignalStatus(Optional.empty(), "not polled yet"));
            case COMM_ERROR, DISABLED -> new SignalStatus(Optional.of(GridSignal.lost(health.since())),
                    health.lastError() == null ? "the device is not polled" : "the device does not answer: " + health.lastError());
        };
    }

    /** @return whether the other status says the same (level, cap and session limit), whenever issued */
    boolean sameSignal(SignalStatus other) {
        return other != null && signal.map(SignalStatus::content).equals(other.signal.map(SignalStatus::content));
    }

    private static List<Object> content(GridSignal g) {
        return List.of(g.level(), g.cap(), g.maxSessions());
    }

    /** @return e.g. {@code CONSTRAINED cap 16.0 A, at most 2 sessions} or {@code LOST: why} */
    String describe() {
        return signal.map(s -> s.level() + (Double.isNaN(s.cap().max()) ? "" : " cap " + SignalInput.number(s.cap().max()) + " A")
                + s.maxSessions().stream().mapToObj(n -> ", at most " + n + " sessions").findFirst().orElse("")
                + (reason == null ? "" : ": " + reason)).orElse("no signal yet (" + reason + ")");
    }
}
