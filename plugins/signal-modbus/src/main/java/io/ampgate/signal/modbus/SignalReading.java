package io.ampgate.signal.modbus;

import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * What the source makes of its input: a level, with a cap and a session limit when constrained, and
 * for a lost signal the reason.
 *
 * @param level the level
 * @param cap the cap per phase in A ({@link PhaseValues#none()} for none)
 * @param maxSessions the session limit, or empty
 * @param reason why the signal is lost, for the log and the shell; {@code null} otherwise
 */
record SignalReading(GridSignalLevel level, PhaseValues cap, OptionalInt maxSessions, String reason) {

    static final SignalReading FAVORABLE =
            new SignalReading(GridSignalLevel.FAVORABLE, PhaseValues.none(), OptionalInt.empty(), null);

    static SignalReading constrained(PhaseValues cap, OptionalInt maxSessions) {
        return new SignalReading(GridSignalLevel.CONSTRAINED, cap, maxSessions, null);
    }

    static SignalReading lost(String reason) {
        return new SignalReading(GridSignalLevel.LOST, PhaseValues.none(), OptionalInt.empty(), reason);
    }

    /** @return the signal issued at {@code at} */
    GridSignal at(Instant at) {
        return new GridSignal(level, at, cap, maxSessions);
    }
}
