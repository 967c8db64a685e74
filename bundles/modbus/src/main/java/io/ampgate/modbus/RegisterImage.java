package io.ampgate.modbus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A device's registers as raw words, without a transport: what driver tests and simulators serve.
 * Set the words a device would answer ({@link #set}), then read a table through the same block
 * plan the transport uses ({@link #poll}); a request that is too long, or that reads an unmapped
 * register of a strict image, fails as the device would.
 */
public final class RegisterImage {
    private final Map<FunctionCode, Map<Integer, Integer>> words = new EnumMap<>(FunctionCode.class);
    private final List<Block> requests = new ArrayList<>();
    private final boolean strict;

    private RegisterImage(boolean strict) {
        this.strict = strict;
    }

    /** An image whose unmapped registers read 0. */
    public static RegisterImage lenient() {
        return new RegisterImage(false);
    }

    /** An image that refuses a request reading any register that was not {@link #set}. */
    public static RegisterImage strict() {
        return new RegisterImage(true);
    }

    /**
     * Sets raw words, as the device would answer them.
     *
     * @param function the read function they answer (03 holding, 04 input)
     * @param address the first register, 0-based PDU address
     * @param raw the words, each 0 to 65535
     * @return this image
     */
    public RegisterImage set(FunctionCode function, int address, int... raw) {
        Map<Integer, Integer> map = words.computeIfAbsent(function, f -> new HashMap<>());
        for (int i = 0; i < raw.length; i++) {
            map.put(address + i, raw[i] & 0xFFFF);
        }
        return this;
    }

    /**
     * Sets the words of a register's value (the inverse of {@link Register#decode}).
     *
     * @param register where and how the value is encoded
     * @param value the value after scaling, e.g. 230.2 (V)
     * @return this image
     */
    public RegisterImage put(Register register, double value) {
        return set(register.function(), register.address(),
                encode(register.type(), register.order(), value / register.scale()));
    }

    /**
     * The words of a raw (unscaled) number.
     *
     * @param type the encoding (not {@link DataType#STRING})
     * @param order the word order
     * @param raw the number as the device holds it; integers are rounded
     * @return the words, as many as the type spans
     */
    public static int[] encode(DataType type, WordOrder order, double raw) {
        long bits = switch (type) {
            case FLOAT32 -> Float.floatToIntBits((float) raw) & 0xFFFF_FFFFL;
            case FLOAT64 -> Double.doubleToLongBits(raw);
            case STRING -> throw new IllegalArgumentException("encode a text word by word");
            default -> Math.round(raw);
        };
        int n = type.words();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int word = (int) ((bits >>> (16 * (n - 1 - i))) & 0xFFFF);
            out[order == WordOrder.ABCD ? i : n - 1 - i] = word;
        }
        return out;
    }

    /**
     * Answers one request.
     *
     * @param block the request
     * @param maxRegisters the device's limit
     * @return the words
     * @throws IllegalStateException if the request is longer than the limit, or (strict) reads
     *     a register that was not set
     */
    public int[] read(Block block, int maxRegisters) {
        if (block.count() > maxRegisters) {
            throw new IllegalStateException("request of " + block.count() + " registers at " + block.start()
                    + ", more than the device's " + maxRegisters);
        }
        requests.add(block);
        Map<Integer, Integer> map = words.getOrDefault(block.function(), Map.of());
        int[] out = new int[block.count()];
        for (int i = 0; i < out.length; i++) {
            Integer w = map.get(block.start() + i);
            if (w == null && strict) {
                throw new IllegalStateException("illegal data address " + (block.start() + i) + " (function "
                        + block.function().code() + ")");
            }
            out[i] = w == null ? 0 : w;
        }
        return out;
    }

    /**
     * Reads a whole table as the transport would: one request per block.
     *
     * @param table what to read
     * @param maxRegisters the device's request limit
     * @param maxGap how many unmapped registers a request may read over
     * @return the values, at {@code at}
     */
    public Values poll(RegisterTable table, int maxRegisters, int maxGap, Instant at) {
        Map<String, Double> numbers = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Block b : table.blocks(maxRegisters, maxGap)) {
            b.decode(read(b, maxRegisters), numbers, texts);
        }
        return new Values(at, numbers, texts);
    }

    /**
     * The words set for one function, e.g. to serve them from a simulator.
     *
     * @param function the read function (03 holding, 04 input)
     * @return the words by address, in address order
     */
    public SortedMap<Integer, Integer> words(FunctionCode function) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(words.getOrDefault(function, Map.of())));
    }

    /** @return the requests answered so far, in order */
    public List<Block> requests() {
        return List.copyOf(requests);
    }
}
