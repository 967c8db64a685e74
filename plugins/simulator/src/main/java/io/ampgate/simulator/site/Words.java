package io.ampgate.simulator.site;

import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.SimulatedUnit;
import java.nio.charset.StandardCharsets;

/**
 * A block of registers written to a unit in one call, so that a master never reads half of an
 * update. Values go at addresses relative to the block's first register; multi-register values
 * are big-endian, most significant word first (ABCD), as SDM630 and SunSpec devices write them.
 */
final class Words {

    private final int first;
    private final int[] words;

    Words(int first, int count) {
        this.first = first;
        this.words = new int[count];
    }

    Words u16(int address, int value) {
        words[address - first] = value & 0xFFFF;
        return this;
    }

    Words s16(int address, long value) {
        return u16(address, (int) Math.clamp(value, Short.MIN_VALUE, Short.MAX_VALUE));
    }

    Words u32(int address, long value) {
        long v = Math.clamp(value, 0, 0xFFFF_FFFFL);
        return u16(address, (int) (v >>> 16)).u16(address + 1, (int) v);
    }

    Words float32(int address, double value) {
        int bits = Float.floatToIntBits((float) value);
        return u16(address, bits >>> 16).u16(address + 1, bits);
    }

    /** ASCII, two characters a register, high byte first, padded with NULs. */
    Words text(int address, String text, int registers) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < Math.min(bytes.length, registers * 2); i++) {
            words[address - first + i / 2] |= (bytes[i] & 0xFF) << (i % 2 == 0 ? 8 : 0);
        }
        return this;
    }

    void writeTo(SimulatedUnit unit, Area area) {
        unit.setRegisters(area, first, words);
    }
}
