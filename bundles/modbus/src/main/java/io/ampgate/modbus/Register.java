package io.ampgate.modbus;

import java.util.Objects;

/**
 * One value of a device's register map: where it is, how it is encoded and how it is scaled. The
 * address is the 0-based PDU address that goes on the wire (a manual's 30001 is 0, 40001 is 0).
 *
 * @param name the value's name in the driver, e.g. {@code voltage.l1}; unique in its table
 * @param function how it is read (01 to 04) or written (05, 06, 16)
 * @param address the first register (or coil), 0 to 65535
 * @param type its encoding
 * @param words how many registers it spans (the type's size; for {@link DataType#STRING} its length)
 * @param order the word order of a value over several registers
 * @param scale what the raw number is multiplied by, e.g. 0.1 for a value in tenths; not 0
 * @param bit for {@link DataType#BITS} in a register (function 03 or 04): which bit, 0 to 15; else -1
 * @param unit the unit after scaling, for people (e.g. {@code V}); may be empty
 */
public record Register(String name, FunctionCode function, int address, DataType type, int words, WordOrder order,
        double scale, int bit, String unit) {

    /** Checks the fields and that they fit together. */
    public Register {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a register needs a name");
        }
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(order, "order");
        unit = unit == null ? "" : unit;
        if (type != DataType.STRING) {
            words = type.words();
        }
        if (words < 1 || words > 125) {
            throw new IllegalArgumentException(name + ": a value spans 1 to 125 registers, not " + words);
        }
        if (address < 0 || address + words - 1 > 65_535) {
            throw new IllegalArgumentException(name + ": address " + address + " is outside 0..65535");
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            throw new IllegalArgumentException(name + ": scale must be a finite number other than 0, not " + scale);
        }
        if (function.bits() && type != DataType.BITS) {
            throw new IllegalArgumentException(name + ": function " + function.code() + " reads coils or inputs: use type BITS");
        }
        if (!function.bits() && type == DataType.BITS && (bit < 0 || bit > 15)) {
            throw new IllegalArgumentException(name + ": a bit of a register needs a bit number 0..15, not " + bit);
        }
        if (function.bits() || type != DataType.BITS) {
            bit = -1;
        }
    }

    /** A value read with function 04 (input registers), unscaled, ABCD. */
    public static Register input(String name, int address, DataType type) {
        return new Register(name, FunctionCode.READ_INPUT_REGISTERS, address, type, 0, WordOrder.ABCD, 1, -1, "");
    }

    /** A value read with function 03 (holding registers), unscaled, ABCD. */
    public static Register holding(String name, int address, DataType type) {
        return new Register(name, FunctionCode.READ_HOLDING_REGISTERS, address, type, 0, WordOrder.ABCD, 1, -1, "");
    }

    /** One bit of a register read with function 03 (e.g. a status flag). */
    public static Register flag(String name, int address, int bit) {
        return new Register(name, FunctionCode.READ_HOLDING_REGISTERS, address, DataType.BITS, 1, WordOrder.ABCD, 1, bit,
                "");
    }

    /** A coil (function 01). */
    public static Register coil(String name, int address) {
        return new Register(name, FunctionCode.READ_COILS, address, DataType.BITS, 1, WordOrder.ABCD, 1, -1, "");
    }

    /** A text of {@code words} registers read with function 03. */
    public static Register text(String name, int address, int words) {
        return new Register(name, FunctionCode.READ_HOLDING_REGISTERS, address, DataType.STRING, words,
                WordOrder.ABCD, 1, -1, "");
    }

    /** @return this register with another multiplier */
    public Register scaled(double factor) {
        return new Register(name, function, address, type, words, order, factor, bit, unit);
    }

    /** @return this register with another word order */
    public Register withOrder(WordOrder newOrder) {
        return new Register(name, function, address, type, words, newOrder, scale, bit, unit);
    }

    /** @return this register with a unit for people */
    public Register withUnit(String newUnit) {
        return new Register(name, function, address, type, words, order, scale, bit, newUnit);
    }

    /** @return this register read with another function (e.g. 03 instead of 04) */
    public Register withFunction(FunctionCode newFunction) {
        return new Register(name, newFunction, address, type, words, order, scale, bit, unit);
    }

    /** @return the address after its last register */
    public int end() {
        return address + words;
    }

    /**
     * Decodes the value from the words read, scaled.
     *
     * @param registers the block's registers, each 0 to 65535
     * @param offset where this value's first register is in {@code registers}
     * @return the value; {@code NaN} for a float that is not a number
     */
    public double decode(int[] registers, int offset) {
        long raw = 0;
        for (int i = 0; i < words; i++) {
            int word = registers[offset + (order == WordOrder.ABCD ? i : words - 1 - i)] & 0xFFFF;
            raw = (raw << 16) | word;
        }
        double value = switch (type) {
            case U16, U32 -> raw;
            case S16 -> (short) raw;
            case S32 -> (int) raw;
            case U64 -> raw >= 0 ? raw : (raw >>> 1) * 2.0 + (raw & 1);
            case S64 -> raw;
            case FLOAT32 -> Float.intBitsToFloat((int) raw);
            case FLOAT64 -> Double.longBitsToDouble(raw);
            case BITS -> bit < 0 ? raw & 1 : (raw >> bit) & 1;
            case STRING -> throw new IllegalStateException(name + " is a text: use text()");
        };
        return type == DataType.BITS ? value : value * scale;
    }

    /**
     * Decodes a text: two ASCII characters a register, high byte first, trailing NULs and spaces removed.
     *
     * @param registers the block's registers
     * @param offset where this value's first register is
     * @return the text
     */
    public String text(int[] registers, int offset) {
        StringBuilder s = new StringBuilder(words * 2);
        for (int i = 0; i < words; i++) {
            int word = registers[offset + i];
            s.append((char) ((word >> 8) & 0xFF)).append((char) (word & 0xFF));
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == 0 || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * Encodes a value for writing: the inverse of {@link #decode(int[], int)}. Integers are
     * rounded to the nearest raw number after dividing by the scale.
     *
     * @param value the value, scaled as this register says ({@link DataType#BITS}: 0 or 1)
     * @return the words to write, {@link #words()} of them, each 0 to 65535
     * @throws IllegalArgumentException for a text, or a value outside the type's range
     */
    public int[] encode(double value) {
        if (type == DataType.STRING) {
            throw new IllegalArgumentException(name + " is a text: it cannot be written as a number");
        }
        if (type == DataType.BITS) {
            if (value != 0 && value != 1) {
                throw new IllegalArgumentException(name + ": a bit is 0 or 1, not " + value);
            }
            return new int[] {(int) value};
        }
        double raw = value / scale;
        long bits = switch (type) {
            case FLOAT32 -> Float.floatToRawIntBits((float) raw) & 0xFFFF_FFFFL;
            case FLOAT64 -> Double.doubleToRawLongBits(raw);
            default -> integer(raw);
        };
        int[] out = new int[words];
        for (int i = 0; i < words; i++) {
            int word = (int) (bits >>> (16 * (words - 1 - i))) & 0xFFFF;
            out[order == WordOrder.ABCD ? i : words - 1 - i] = word;
        }
        return out;
    }

    private long integer(double raw) {
        double r = Math.rint(raw);
        double min = switch (type) {
            case S16 -> Short.MIN_VALUE;
            case S32 -> Integer.MIN_VALUE;
            case S64 -> Long.MIN_VALUE;
            default -> 0;
        };
        double max = switch (type) {
            case U16 -> 0xFFFF;
            case S16 -> Short.MAX_VALUE;
            case U32 -> 0xFFFF_FFFFL;
            case S32 -> Integer.MAX_VALUE;
            case U64 -> 0x1p64;
            default -> Long.MAX_VALUE;
        };
        if (!Double.isFinite(r) || r < min || r > max || (type == DataType.U64 && r >= 0x1p64)) {
            throw new IllegalArgumentException(name + ": " + raw + " does not fit in " + type);
        }
        if (type == DataType.U64 && r >= 0x1p63) {
            return (long) (r - 0x1p63) + Long.MIN_VALUE;
        }
        return (long) r;
    }
}
