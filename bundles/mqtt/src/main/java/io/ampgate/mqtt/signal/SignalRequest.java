package io.ampgate.mqtt.signal;

import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * A grid signal as published on {@code <base>/signal/grid/set}.
 *
 * @param cap for a constrained signal the cap per site phase in A, {@link PhaseValues#none()} for none
 * @param maxSessions for a constrained signal the most sessions at once, or empty
 * @param validFor how long it holds from its arrival; {@link Duration#ZERO}: until the next one
 */
record SignalRequest(GridSignalLevel level, PhaseValues cap, OptionalInt maxSessions, Duration validFor) {

    SignalRequest {
        new GridSignal(level, Instant.EPOCH, cap, maxSessions);
        if (validFor.isNegative()) {
            throw new IllegalArgumentException("validForSeconds must be >= 0");
        }
    }

    /** The signal, stamped with the time it is read at. */
    GridSignal at(Instant time) {
        return new GridSignal(level, time, cap, maxSessions);
    }
}
