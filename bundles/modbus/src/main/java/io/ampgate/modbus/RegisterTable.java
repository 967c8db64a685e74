package io.ampgate.modbus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A driver's register map: the values it reads, declared once. The transport turns it into as
 * few requests as the device allows ({@link #blocks(int, int)}).
 *
 * @param registers the values, with distinct names
 */
public record RegisterTable(List<Register> registers) {

    /** Copies the list and checks the names. */
    public RegisterTable {
        registers = List.copyOf(registers);
        Set<String> names = new HashSet<>();
        for (Register r : registers) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("the register table names '" + r.name() + "' twice");
            }
        }
    }

    /** A table of these registers. */
    public static RegisterTable of(Register... registers) {
        return new RegisterTable(List.of(registers));
    }

    /** @return this table with more registers */
    public RegisterTable with(List<Register> more) {
        List<Register> all = new ArrayList<>(registers);
        all.addAll(more);
        return new RegisterTable(all);
    }

    /**
     * The read requests that fetch every readable value: registers of the same function that are
     * adjacent, overlap or lie at most {@code maxGap} registers apart share one request, as long as
     * it stays within {@code maxCount} registers. A value is never split over two requests.
     *
     * @param maxCount the most registers one request may ask (125 for registers by the standard,
     *     less for many meters)
     * @param maxGap how many unmapped registers a request may read over to join two values; 0 for
     *     devices that refuse to read registers they do not map
     * @return the requests, by function and address
     * @throws IllegalArgumentException if a single value is longer than {@code maxCount}
     */
    public List<Block> blocks(int maxCount, int maxGap) {
        if (maxCount < 1 || maxGap < 0) {
            throw new IllegalArgumentException("maxCount must be >= 1 and maxGap >= 0, not " + maxCount + ", " + maxGap);
        }
        List<Register> reads = registers.stream().filter(r -> !r.function().write())
                .sorted(Comparator.comparing(Register::function).thenComparingInt(Register::address)
                        .thenComparingInt(Register::end))
                .toList();
        List<Block> blocks = new ArrayList<>();
        List<Register> current = new ArrayList<>();
        int start = 0;
        int end = 0;
        for (Register r : reads) {
            if (r.words() > maxCount) {
                throw new IllegalArgumentException(r.name() + " spans " + r.words() + " registers, more than the "
                        + maxCount + " one request may read");
            }
            boolean joins = !current.isEmpty() && current.get(0).function() == r.function()
                    && r.address() <= end + maxGap && Math.max(end, r.end()) - start <= maxCount;
            if (!joins) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(current.get(0).function(), start, end - start, current));
                }
                current = new ArrayList<>();
                start = r.address();
                end = r.end();
            }
            current.add(r);
            end = Math.max(end, r.end());
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(current.get(0).function(), start, end - start, current));
        }
        return blocks;
    }
}
