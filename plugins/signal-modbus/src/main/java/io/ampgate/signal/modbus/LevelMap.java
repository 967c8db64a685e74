package io.ampgate.signal.modbus;

import io.ampgate.api.signal.GridSignalLevel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which raw values of the signal input mean which grid level, e.g. {@code 0=favorable,
 * 1=constrained,2=lost}. A value the map does not name has no level: the source refuses it.
 *
 * @param levels the level of each value
 */
record LevelMap(Map<Long, GridSignalLevel> levels) {

    /** Written in the form as in the settings, for messages. */
    static final String SYNTAX = "value=level pairs separated by commas, e.g. 0=favorable,1=constrained,2=lost";

    LevelMap {
        levels = Map.copyOf(levels);
    }

    /**
     * The map of a coil or discrete input.
     *
     * @param activeHigh whether the bit set (1, contact closed) means constrained; otherwise the bit
     *     clear does, as with a normally-closed contact, where a broken wire also reads constrained
     * @return the map of 0 and 1
     */
    static LevelMap bit(boolean activeHigh) {
        return new LevelMap(Map.of(activeHigh ? 1L : 0L, GridSignalLevel.CONSTRAINED,
                activeHigh ? 0L : 1L, GridSignalLevel.FAVORABLE));
    }

    /**
     * Reads the installer's mapping of a register.
     *
     * @param text e.g. {@code 0=favorable,1=constrained,2=lost}; values in decimal or {@code 0x} hex
     * @return the map
     * @throws IllegalArgumentException saying what is wrong; a map without a favorable and a
     *     constrained value is refused
     */
    static LevelMap parse(String text) {
        String all = text == null ? "" : text.strip();
        Map<Long, GridSignalLevel> levels = new LinkedHashMap<>();
        for (String pair : all.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] p = pair.split("=", -1);
            if (p.length != 2) {
                throw new IllegalArgumentException("levels: '" + pair.strip() + "' is not value=level; write " + SYNTAX);
            }
            long value = value(p[0].strip());
            GridSignalLevel level = level(p[1].strip());
            if (levels.putIfAbsent(value, level) != null) {
                throw new IllegalArgumentException("levels: the value " + value + " is given twice");
            }
        }
        for (GridSignalLevel needed : new GridSignalLevel[] {GridSignalLevel.FAVORABLE, GridSignalLevel.CONSTRAINED}) {
            if (!levels.containsValue(needed)) {
                throw new IllegalArgumentException("levels: no value means " + name(needed) + " in '" + all
                        + "'; write " + SYNTAX);
            }
        }
        return new LevelMap(levels);
    }

    private static long value(String text) {
        try {
            return Fields.isHex(text) ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("levels: '" + text + "' is not a whole number (decimal, or hex as 0x10)", e);
        }
    }

    private static GridSignalLevel level(String text) {
        try {
            return GridSignalLevel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("levels: '" + text + "' is not favorable, constrained or lost", e);
        }
    }

    /**
     * The level a raw value means.
     *
     * @param raw the value read (unscaled)
     * @return its level; empty for a value the map does not name, a fraction or NaN
     */
    Optional<GridSignalLevel> level(double raw) {
        if (raw != Math.rint(raw) || Math.abs(raw) > 0x1p62) {
            return Optional.empty();
        }
        return Optional.ofNullable(levels.get((long) raw));
    }

    @Override
    public String toString() {
        return levels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + name(e.getValue())).collect(Collectors.joining(","));
    }

    private static String name(GridSignalLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
