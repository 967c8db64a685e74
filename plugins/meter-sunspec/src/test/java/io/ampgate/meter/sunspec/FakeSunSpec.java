package io.ampgate.meter.sunspec;

import io.ampgate.modbus.Block;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A SunSpec device's holding registers as a map of address to word: a builder that lays out the
 * marker, the model chain and the end marker as a device does, and a reader over it that refuses
 * unmapped registers (illegal data address) as devices do.
 */
final class FakeSunSpec {
    final Map<Integer, Integer> words = new HashMap<>();
    private int next;

    /** Puts 'SunS' at {@code base}; models follow. */
    static FakeSunSpec at(int base) {
        FakeSunSpec f = new FakeSunSpec();
        f.put(base, 0x5375, 0x6E53);
        f.next = base + 2;
        return f;
    }

    FakeSunSpec put(int address, int... values) {
        for (int i = 0; i < values.length; i++) {
            words.put(address + i, values[i] & 0xFFFF);
        }
        return this;
    }

    /** Common model 1 with L = {@code length} (66, or 65 as SolarEdge). */
    FakeSunSpec common(int length, String manufacturer, String model, String serial) {
        int start = model(1, length);
        putText(start + 2, 16, manufacturer);
        putText(start + 18, 16, model);
        putText(start + 50, 16, serial);
        return this;
    }

    /**
     * Adds a model's header and L zero registers.
     *
     * @return the address of its ID register
     */
    int model(int id, int length) {
        int start = next;
        put(start, id, length);
        for (int i = 0; i < length; i++) {
            words.put(start + 2 + i, 0);
        }
        next = start + 2 + length;
        return start;
    }

    /** Sets a point of the model at {@code start}. */
    FakeSunSpec point(int start, int offset, int... values) {
        return put(start + offset, values);
    }

    FakeSunSpec end() {
        put(next, 0xFFFF, 0);
        return this;
    }

    private void putText(int address, int count, String text) {
        for (int i = 0; i < count; i++) {
            int hi = 2 * i < text.length() ? text.charAt(2 * i) : 0;
            int lo = 2 * i + 1 < text.length() ? text.charAt(2 * i + 1) : 0;
            words.put(address + i, (hi << 8) | lo);
        }
    }

    RegisterReader reader() {
        return (address, count) -> {
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                Integer w = words.get(address + i);
                if (w == null) {
                    throw new IllegalStateException("illegal data address " + (address + i));
                }
                out[i] = w;
            }
            return out;
        };
    }

    /** One poll of a table as the transport does it: its blocks, decoded. */
    Values poll(RegisterTable table, int maxRegisters, int maxGap) throws Exception {
        Map<String, Double> numbers = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Block b : table.blocks(maxRegisters, maxGap)) {
            b.decode(reader().read(b.start(), b.count()), numbers, texts);
        }
        return new Values(Instant.parse("2026-11-22T08:00:00Z"), numbers, texts);
    }
}
