package io.ampgate.signal.modbus;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.WordOrder;
import java.util.Locale;

/** The settings form's text fields, read one by one; each error names its setting and what it takes. */
final class Fields {

    private Fields() {
    }

    static boolean isHex(String text) {
        return text.regionMatches(true, 0, "0x", 0, 2);
    }

    /**
     * A read function: 1 (coil), 2 (discrete input), 3 (holding register), 4 (input register).
     *
     * @param setting the setting's name
     * @param text what was entered
     * @param registersOnly whether only 3 and 4 are allowed
     * @return the function
     */
    static FunctionCode function(String setting, String text, boolean registersOnly) {
        String t = strip(text);
        FunctionCode f = switch (t.startsWith("0") && t.length() == 2 ? t.substring(1) : t) {
            case "1" -> FunctionCode.READ_COILS;
            case "2" -> FunctionCode.READ_DISCRETE_INPUTS;
            case "3" -> FunctionCode.READ_HOLDING_REGISTERS;
            case "4" -> FunctionCode.READ_INPUT_REGISTERS;
            default -> null;
        };
        if (f == null || (registersOnly && f.bits())) {
            throw new IllegalArgumentException(setting + " '" + t + "' is not "
                    + (registersOnly ? "" : "1 (coil), 2 (discrete input), ") + "3 (holding register) or 4 (input register)");
        }
        return f;
    }

    /**
     * A 0-based address on the wire.
     *
     * @param setting the setting's name
     * @param text decimal ({@code 100}) or hex ({@code 0x0064})
     * @return the address, 0 to 65535
     */
    static int address(String setting, String text) {
        String t = strip(text);
        int address;
        try {
            address = isHex(t) ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + " '" + t + "' is not an address: write it in decimal (100)"
                    + " or hex (0x0064)", e);
        }
        if (address < 0 || address > 0xFFFF) {
            throw new IllegalArgumentException(setting + " " + t + " is outside 0..65535; the wire counts from 0,"
                    + " so a manual's 40001 or 30001 is 0");
        }
        return address;
    }

    /**
     * A register's number type.
     *
     * @param setting the setting's name
     * @param text {@code u16 s16 u32 s32 u64 s64 float32 float64}
     * @return the type
     */
    static DataType type(String setting, String text) {
        String t = strip(text);
        try {
            DataType type = DataType.valueOf(t.toUpperCase(Locale.ROOT));
            if (type != DataType.STRING && type != DataType.BITS) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new IllegalArgumentException(setting + " '" + t + "' is not u16, s16, u32, s32, u64, s64, float32 or float64");
    }

    /**
     * The order of the words of a value over several registers.
     *
     * @param text {@code ABCD} (most significant first) or {@code CDAB}
     * @return the order
     */
    static WordOrder order(String text) {
        String t = strip(text);
        try {
            return WordOrder.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("wordOrder '" + t + "' is not ABCD (most significant word first) or CDAB", e);
        }
    }

    /**
     * Which state of a bit means constrained.
     *
     * @param text {@code active-high} (bit set) or {@code active-low} (bit clear)
     * @return whether it is active-high
     */
    static boolean activeHigh(String text) {
        return switch (strip(text).toLowerCase(Locale.ROOT)) {
            case "active-high", "high" -> true;
            case "active-low", "low" -> false;
            default -> throw new IllegalArgumentException("polarity '" + strip(text) + "' is not active-high"
                    + " (set or closed means constrained) or active-low (clear or open means constrained)");
        };
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
