package io.ampgate.modbus.meter;

import io.ampgate.api.unit.Phase;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a meter is installed: which way its current transformers face, and which site phase each
 * of its inputs measures.
 *
 * @param reversed {@code true} when the CTs face the other way (installed downstream, or turned):
 *     powers change sign and import and export energy swap, so that import always means "drawn
 *     from the grid through this meter"
 * @param phases the site phase measured by the meter's L1, L2 and L3 inputs, e.g. [L2, L3, L1]
 */
public record MeterOptions(boolean reversed, List<Phase> phases) {

    /** Checks the mapping: each site phase once. */
    public MeterOptions {
        phases = List.copyOf(Objects.requireNonNull(phases, "phases"));
        if (phases.size() != 3 || phases.stream().distinct().count() != 3) {
            throw new IllegalArgumentException("the phase mapping names each of L1, L2, L3 once, not " + phases);
        }
    }

    /** CTs as labelled, inputs L1/L2/L3 on site phases L1/L2/L3. */
    public static MeterOptions standard() {
        return new MeterOptions(false, List.of(Phase.L1, Phase.L2, Phase.L3));
    }

    /**
     * Options as a metatype form gives them.
     *
     * @param reversed whether the CTs face the other way
     * @param mapping the site phases of inputs L1, L2, L3 as letters, e.g. {@code L2L3L1} or {@code 231}
     * @return the options
     * @throws IllegalArgumentException if the mapping does not name each phase once
     */
    public static MeterOptions of(boolean reversed, String mapping) {
        String m = mapping == null ? "" : mapping.toUpperCase(Locale.ROOT).replace("L", "").replaceAll("[^123]", "");
        if (m.isEmpty()) {
            return new MeterOptions(reversed, standard().phases());
        }
        if (m.length() != 3) {
            throw new IllegalArgumentException("phase mapping '" + mapping + "' should name three phases, e.g. L1L2L3 or L2L3L1");
        }
        return new MeterOptions(reversed, m.chars().mapToObj(c -> Phase.values()[c - '1']).toList());
    }
}
