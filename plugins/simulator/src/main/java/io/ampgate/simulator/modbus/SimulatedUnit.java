package io.ampgate.simulator.modbus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One unit id of a simulated slave: its coils, discrete inputs, holding and input registers
 * (65536 of each, 0 until set), and the address ranges that answer with an exception. Thread-safe;
 * a test changes values while the transport polls.
 *
 * <p>Typed setters write a value in one line, e.g. {@code unit.setFloat32(Area.INPUT_REGISTERS, 0,
 * 230.2, Order.ABCD)}. A strict unit ({@link #strict(boolean)}) answers exception 02 (illegal data
 * address) to a read that touches an address never set, as many meters do.
 */
public final class SimulatedUnit {
    private final int id;
    private final Map<Area, char[]> words = new EnumMap<>(Area.class);
    private final Map<Area, BitSet> set = new EnumMap<>(Area.class);
    private final List<Fault> faults = new ArrayList<>();
    private final List<Fault> ignoredWrites = new ArrayList<>();
    private boolean strict;

    private record Fault(Area area, int from, int to, int code) {}

    SimulatedUnit(int id) {
        this.id = id;
    }

    /** The area's registers, made on first use (a unit holds 4 x 128 KiB once all are used). */
    private char[] words(Area area) {
        return words.computeIfAbsent(area, a -> new char[65_536]);
    }

    /** @return the unit id */
    public int id() {
        return id;
    }

    /**
     * Whether a read touching an address never set answers exception 02.
     *
     * @param on true for strict
     * @return this unit
     */
    public synchronized SimulatedUnit strict(boolean on) {
        strict = on;
        return this;
    }

    /**
     * Makes requests (reads and writes) that touch {@code from..to} in an area answer with an
     * exception code instead of data.
     *
     * @param area the area
     * @param from the first address
     * @param to the last address, inclusive
     * @param code the exception code, 1 to 255 (2: illegal data address, 4: device failure, 6: busy)
     * @return this unit
     */
    public synchronized SimulatedUnit exception(Area area, int from, int to, int code) {
        if (code < 1 || code > 255 || from > to) {
            throw new IllegalArgumentException("exception code 1..255 over from <= to");
        }
        faults.add(new Fault(area, from, to, code));
        return this;
    }

    /** Removes the exception ranges and ignored writes. @return this unit */
    public synchronized SimulatedUnit clearExceptions() {
        faults.clear();
        ignoredWrites.clear();
        return this;
    }

    /**
     * Makes the master's writes to {@code from..to} answer as usual but change nothing, like a
     * device that ignores or clamps a setpoint: a read-back then differs.
     *
     * @return this unit
     */
    public synchronized SimulatedUnit ignoreWrites(Area area, int from, int to) {
        ignoredWrites.add(new Fault(area, from, to, 0));
        return this;
    }

    /** A write by the master: stored unless it touches an ignored range. */
    synchronized void written(Area area, int address, int... values) {
        for (Fault f : ignoredWrites) {
            if (f.area == area && address <= f.to && address + values.length - 1 >= f.from) {
                return;
            }
        }
        setRegisters(area, address, values);
    }

    /**
     * Sets registers (or bits, 0 or 1) from an address on.
     *
     * @param area the area
     * @param address the first address
     * @param values the raw 16-bit values (only the low 16 bits count)
     * @return this unit
     */
    public synchronized SimulatedUnit setRegisters(Area area, int address, int... values) {
        check(area, address, values.length);
        char[] w = words(area);
        for (int i = 0; i < values.length; i++) {
            w[address + i] = (char) (area.bits() ? (values[i] != 0 ? 1 : 0) : values[i] & 0xFFFF);
        }
        set.computeIfAbsent(area, a -> new BitSet()).set(address, address + values.length);
        return this;
    }

    /**
     * The raw registers (or bits) from an address on.
     *
     * @param area the area
     * @param address the first address
     * @param count how many
     * @return the values, each 0 to 65535
     */
    public synchronized int[] registers(Area area, int address, int count) {
        check(area, address, count);
        int[] out = new int[count];
        char[] w = words(area);
        for (int i = 0; i < count; i++) {
            out[i] = w[address + i];
        }
        return out;
    }

    /** Sets a coil or discrete input. @return this unit */
    public SimulatedUnit setBit(Area area, int address, boolean value) {
        if (!area.bits()) {
            throw new IllegalArgumentException(area + " holds registers, not bits");
        }
        return setRegisters(area, address, value ? 1 : 0);
    }

    /** @return a coil or discrete input */
    public boolean bit(Area area, int address) {
        return registers(area, address, 1)[0] != 0;
    }

    /** A 16-bit unsigned value, 0 to 65535. @return this unit */
    public SimulatedUnit setU16(Area area, int address, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("u16 is 0..65535, not " + value);
        }
        return setRegisters(area, address, value);
    }

    /** A 16-bit signed value. @return this unit */
    public SimulatedUnit setS16(Area area, int address, int value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException("s16 is -32768..32767, not " + value);
        }
        return setRegisters(area, address, value & 0xFFFF);
    }

    /** A 32-bit unsigned value, 0 to 4294967295. @return this unit */
    public SimulatedUnit setU32(Area area, int address, long value, Order order) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("u32 is 0..4294967295, not " + value);
        }
        return setWords(area, address, value, 2, order);
    }

    /** A 32-bit signed value. @return this unit */
    public SimulatedUnit setS32(Area area, int address, int value, Order order) {
        return setWords(area, address, value, 2, order);
    }

    /**
     * A 64-bit unsigned value, given as its 64 bits: {@code -1L} is 18446744073709551615.
     *
     * @return this unit
     */
    public SimulatedUnit setU64(Area area, int address, long bits, Order order) {
        return setWords(area, address, bits, 4, order);
    }

    /** A 64-bit signed value. @return this unit */
    public SimulatedUnit setS64(Area area, int address, long value, Order order) {
        return setWords(area, address, value, 4, order);
    }

    /** An IEEE 754 single (float32) over two registers. @return this unit */
    public SimulatedUnit setFloat32(Area area, int address, double value, Order order) {
        return setWords(area, address, Float.floatToRawIntBits((float) value), 2, order);
    }

    /** An IEEE 754 double (float64) over four registers. @return this unit */
    public SimulatedUnit setFloat64(Area area, int address, double value, Order order) {
        return setWords(area, address, Double.doubleToRawLongBits(value), 4, order);
    }

    /**
     * An ASCII text, two characters a register (high byte first), padded with NULs.
     *
     * @param area the area
     * @param address the first register
     * @param text the text, at most {@code 2 * registers} characters
     * @param registers how many registers it fills
     * @return this unit
     */
    public SimulatedUnit setString(Area area, int address, String text, int registers) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        if (b.length > registers * 2) {
            throw new IllegalArgumentException("'" + text + "' does not fit in " + registers + " registers");
        }
        int[] v = new int[registers];
        for (int i = 0; i < b.length; i++) {
            v[i / 2] |= (b[i] & 0xFF) << (i % 2 == 0 ? 8 : 0);
        }
        return setRegisters(area, address, v);
    }

    private SimulatedUnit setWords(Area area, int address, long raw, int count, Order order) {
        if (area.bits()) {
            throw new IllegalArgumentException(area + " holds bits, not registers");
        }
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            int word = (int) (raw >>> (16 * (count - 1 - i))) & 0xFFFF;
            v[order == Order.ABCD ? i : count - 1 - i] = word;
        }
        return setRegisters(area, address, v);
    }

    private static void check(Area area, int address, int count) {
        if (area == null || address < 0 || count < 0 || address + count > 65_536) {
            throw new IllegalArgumentException("addresses " + address + "+" + count + " are outside 0..65535");
        }
    }

    // ---- used by the server ----

    /** @return the exception code for a request touching {@code address..address+count-1}, or 0 */
    synchronized int fault(Area area, int address, int count, boolean read) {
        for (Fault f : faults) {
            if (f.area == area && address <= f.to && address + count - 1 >= f.from) {
                return f.code;
            }
        }
        if (read && strict) {
            BitSet s = set.getOrDefault(area, new BitSet());
            int clear = s.nextClearBit(address);
            if (clear < address + count) {
                return 2;
            }
        }
        return 0;
    }
}
