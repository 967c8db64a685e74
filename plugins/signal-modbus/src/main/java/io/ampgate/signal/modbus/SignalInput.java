package io.ampgate.signal.modbus;

import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the source reads and what it means: the level input (a coil, a discrete input or a register)
 * with its value map, and optionally the limit register. {@link #read} is a pure function of one
 * poll's values.
 *
 * @param level the level input, named {@link #LEVEL}
 * @param levels what its raw values mean
 * @param limit the limit register, named {@link #LIMIT}, or empty
 */
record SignalInput(Register level, LevelMap levels, Optional<Limit> limit) {

    /** The level input's name in the register table. */
    static final String LEVEL = "level";
    /** The limit register's name in the register table. */
    static final String LIMIT = "limit";

    /** @return what is read at every poll */
    RegisterTable table() {
        List<Register> registers = new ArrayList<>(List.of(level));
        limit.ifPresent(l -> registers.add(l.register()));
        return new RegisterTable(registers);
    }

    /**
     * The signal one poll makes.
     *
     * @param values the poll's values
     * @return favorable, constrained (with the limit when there is one) or lost; lost with the reason
     *     for a value the map does not name
     */
    SignalReading read(Values values) {
        double raw = values.number(LEVEL);
        Optional<GridSignalLevel> mapped = levels.level(raw);
        if (mapped.isEmpty()) {
            return SignalReading.lost(where(level) + " reads " + number(raw) + ", which the levels " + levels
                    + " do not name");
        }
        return switch (mapped.get()) {
            case FAVORABLE -> SignalReading.FAVORABLE;
            case LOST -> SignalReading.lost(where(level) + " reads " + number(raw) + ": the device reports the signal lost");
            case CONSTRAINED -> limit.map(l -> l.constrained(values))
                    .orElseGet(() -> SignalReading.constrained(PhaseValues.none(), OptionalInt.empty()));
        };
    }

    /** @return e.g. {@code discrete input 0 (active-high)} or {@code holding register 100 (u16, 0=favorable,...)} */
    String describe() {
        String what = where(level) + (level.function().bits()
                ? " (" + (levels.level(1).orElseThrow() == GridSignalLevel.CONSTRAINED ? "active-high" : "active-low") + ")"
                : " (" + level.type().name().toLowerCase(Locale.ROOT) + ", " + levels + ")");
        return what + limit.map(l -> ", " + (l.meaning() == Limit.Meaning.AMPERES ? "cap in A" : "max sessions")
                + " at " + where(l.register())).orElse("");
    }

    /** @return where a value is, for people: {@code coil 3}, {@code input register 100} */
    static String where(Register r) {
        return switch (r.function()) {
            case READ_COILS -> "coil ";
            case READ_DISCRETE_INPUTS -> "discrete input ";
            case READ_HOLDING_REGISTERS -> "holding register ";
            default -> "input register ";
        } + r.address();
    }

    /** @return a value without a needless {@code .0} */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
