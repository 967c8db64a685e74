package io.ampgate.meter.generic;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.WordOrder;
import java.util.Locale;
import java.util.Map;

/**
 * The installer's syntax for one value: {@code fc:register:type[:order[:multiplier]]}, e.g.
 * {@code 4:0x0048:float32:ABCD:1000}.
 *
 * <ul>
 *   <li>{@code fc}: 3 (holding registers) or 4 (input registers);
 *   <li>{@code register}: the 0-based PDU address, decimal (72) or hex (0x0048), 0 to 65535;
 *   <li>{@code type}: u16, s16, u32, s32, u64, s64, float32 or float64 (also uint16, int16, ...,
 *       float, double); it gives the word count: 1, 2 or 4 registers;
 *   <li>{@code order}: ABCD (most significant word first, default) or CDAB;
 *   <li>{@code multiplier}: what the raw value is multiplied by to get V, A, W or Wh (default 1), e.g.
 *       1000 for kWh, 0.1 for tenths; a decimal number other than 0.
 * </ul>
 *
 * Fields may be left empty to keep the default ({@code 3:100:s32::0.1}).
 */
public final class ValueSpec {

    /** Shown in every error message. */
    public static final String FORMAT = "fc:register:type[:order[:multiplier]], e.g. 4:0x0048:float32:ABCD:1000";

    private static final Map<String, DataType> TYPES = Map.ofEntries(
            Map.entry("u16", DataType.U16), Map.entry("uint16", DataType.U16),
            Map.entry("s16", DataType.S16), Map.entry("int16", DataType.S16),
            Map.entry("u32", DataType.U32), Map.entry("uint32", DataType.U32),
            Map.entry("s32", DataType.S32), Map.entry("int32", DataType.S32),
            Map.entry("u64", DataType.U64), Map.entry("uint64", DataType.U64),
            Map.entry("s64", DataType.S64), Map.entry("int64", DataType.S64),
            Map.entry("float32", DataType.FLOAT32), Map.entry("float", DataType.FLOAT32),
            Map.entry("float64", DataType.FLOAT64), Map.entry("double", DataType.FLOAT64));

    private ValueSpec() {
    }

    /**
     * Parses one value.
     *
     * @param setting the setting's name, for messages (e.g. {@code energyImport})
     * @param channel the value's name in the table (e.g. {@code energy.import})
     * @param text what the installer wrote
     * @param unit the unit after the multiplier
     * @return the register
     * @throws IllegalArgumentException saying what is wrong and what it should look like
     */
    public static Register parse(String setting, String channel, String text, String unit) {
        String spec = text == null ? "" : text.strip();
        String[] f = spec.split(":", -1);
        if (spec.isEmpty() || f.length < 3 || f.length > 5) {
            throw error(setting, spec, "needs 3 to 5 fields separated by ':', found " + (spec.isEmpty() ? 0 : f.length));
        }
        FunctionCode function = switch (f[0].strip()) {
            case "3", "03" -> FunctionCode.READ_HOLDING_REGISTERS;
            case "4", "04" -> FunctionCode.READ_INPUT_REGISTERS;
            default -> throw error(setting, spec, "function code '" + f[0].strip()
                    + "' is not 3 (holding registers) or 4 (input registers)");
        };
        int address = address(setting, spec, f[1].strip());
        DataType type = TYPES.get(f[2].strip().toLowerCase(Locale.ROOT));
        if (type == null) {
            throw error(setting, spec, "type '" + f[2].strip()
                    + "' is not one of u16, s16, u32, s32, u64, s64, float32, float64");
        }
        if (address + type.words() - 1 > 0xFFFF) {
            throw error(setting, spec, "a " + f[2].strip() + " at " + address + " ends past register 65535");
        }
        WordOrder order = WordOrder.ABCD;
        if (f.length > 3 && !f[3].isBlank()) {
            try {
                order = WordOrder.valueOf(f[3].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(setting, spec, "word order '" + f[3].strip() + "' is not ABCD or CDAB");
            }
        }
        double multiplier = 1;
        if (f.length > 4 && !f[4].isBlank()) {
            multiplier = multiplier(setting, spec, f[4].strip());
        }
        return new Register(channel, function, address, type, type.words(), order, multiplier, -1, unit);
    }

    private static int address(String setting, String spec, String text) {
        int address;
        try {
            address = text.regionMatches(true, 0, "0x", 0, 2) ? Integer.parseInt(text.substring(2), 16)
                    : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(setting, spec, "register '" + text + "' is not a number: write it in decimal (72) or hex (0x0048)");
        }
        if (address < 0 || address > 0xFFFF) {
            throw error(setting, spec, "register " + text + " is outside 0..65535 (0x0000..0xFFFF); "
                    + "a manual's 30001/40001 numbering starts at 0 on the wire");
        }
        return address;
    }

    private static double multiplier(String setting, String spec, String text) {
        double m;
        try {
            m = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(setting, spec, "multiplier '" + text + "' is not a decimal number (e.g. 1000, 0.1, 1e-3)");
        }
        if (m == 0 || !Double.isFinite(m) || text.matches("(?i).*(nan|infinity).*")) {
            throw error(setting, spec, "multiplier '" + text + "' must be a finite number other than 0");
        }
        return m;
    }

    private static IllegalArgumentException error(String setting, String spec, String what) {
        return new IllegalArgumentException(setting + " = \"" + spec + "\": " + what + "; write " + FORMAT);
    }
}
