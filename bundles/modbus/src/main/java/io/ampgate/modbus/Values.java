package io.ampgate.modbus;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What one poll of a device read: every value of its table, by name, decoded and scaled.
 *
 * @param at when the poll completed
 * @param numbers the numeric values
 * @param texts the text values
 */
public record Values(Instant at, Map<String, Double> numbers, Map<String, String> texts) {

    /** Copies the maps. */
    public Values {
        Objects.requireNonNull(at, "at");
        numbers = Map.copyOf(numbers);
        texts = Map.copyOf(texts);
    }

    /**
     * A numeric value.
     *
     * @param name its name in the table
     * @return the value, or {@code NaN} if the table has no such value
     */
    public double number(String name) {
        Double v = numbers.get(name);
        return v == null ? Double.NaN : v;
    }

    /**
     * A text value.
     *
     * @param name its name in the table
     * @return the text, or {@code ""} if the table has no such value
     */
    public String text(String name) {
        return texts.getOrDefault(name, "");
    }
}
