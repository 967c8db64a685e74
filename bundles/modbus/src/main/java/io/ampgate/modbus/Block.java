package io.ampgate.modbus;

import java.util.List;
import java.util.Map;

/**
 * One read request: a run of registers (or coils) read with one function, and the values in it.
 *
 * @param function the read function
 * @param start the first address
 * @param count how many registers or bits, 1 to the device's maximum
 * @param registers the values it holds, by address
 */
public record Block(FunctionCode function, int start, int count, List<Register> registers) {

    /** Copies the list. */
    public Block {
        registers = List.copyOf(registers);
    }

    /**
     * Decodes every value of the block into the maps.
     *
     * @param words what was read: {@code count} registers (0 to 65535) or bits (0 or 1)
     * @param numbers where numeric values go, by name
     * @param texts where texts go, by name
     * @throws IllegalArgumentException if fewer words than {@code count} came back
     */
    public void decode(int[] words, Map<String, Double> numbers, Map<String, String> texts) {
        if (words.length < count) {
            throw new IllegalArgumentException("the device answered " + words.length + " of the " + count
                    + " registers asked at " + start);
        }
        for (Register r : registers) {
            int offset = r.address() - start;
            if (r.type() == DataType.STRING) {
                texts.put(r.name(), r.text(words, offset));
            } else {
                numbers.put(r.name(), r.decode(words, offset));
            }
        }
    }
}
