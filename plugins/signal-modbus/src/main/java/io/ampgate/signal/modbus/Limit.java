package io.ampgate.signal.modbus;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.Values;
import java.util.OptionalInt;

/**
 * The optional second register, read while the signal is constrained: the site's cap in A per phase,
 * or the number of cars that may charge at once.
 *
 * @param register where it is, with its scale
 * @param meaning what it carries
 */
record Limit(Register register, Meaning meaning) {

    /** What the second register carries. */
    enum Meaning {
        /** A current cap per phase, in A after scaling. */
        AMPERES,
        /** How many sessions may draw current at once. */
        SESSIONS
    }

    /**
     * The constrained signal with this limit.
     *
     * @param values one poll's values
     * @return constrained with the cap or the session limit; lost when the register reads no usable value
     */
    SignalReading constrained(Values values) {
        double v = values.number(register.name());
        String where = SignalInput.where(register) + " reads " + SignalInput.number(v);
        if (!Double.isFinite(v) || v < 0) {
            return SignalReading.lost(where + ", which is not a " + (meaning == Meaning.AMPERES
                    ? "current (A, 0 or more)" : "number of sessions (0 or more)"));
        }
        if (meaning == Meaning.AMPERES) {
            return SignalReading.constrained(PhaseValues.all(v), OptionalInt.empty());
        }
        if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
            return SignalReading.lost(where + ", which is not a whole number of sessions");
        }
        return SignalReading.constrained(PhaseValues.none(), OptionalInt.of((int) v));
    }
}
