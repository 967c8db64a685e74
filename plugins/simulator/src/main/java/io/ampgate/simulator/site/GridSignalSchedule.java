package io.ampgate.simulator.site;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The grid signal through the day: levels that start at local times and hold until the next one,
 * every day; the last of the day holds past midnight. No change at all: always favorable.
 * Immutable: {@link #changes()} cannot be changed (the shared {@link #ALWAYS_FAVORABLE} with it).
 */
public record GridSignalSchedule(NavigableMap<LocalTime, GridLevel> changes) {

    public static final GridSignalSchedule ALWAYS_FAVORABLE = new GridSignalSchedule(new TreeMap<>());

    public GridSignalSchedule {
        changes = Collections.unmodifiableNavigableMap(new TreeMap<>(changes));
    }

    /** "17:00=constrained, 19:30=favorable"; empty for always favorable. */
    public static GridSignalSchedule parse(String text) {
        TreeMap<LocalTime, GridLevel> changes = new TreeMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=");
            LocalTime start;
            GridLevel level;
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException("one '=' between them");
                }
                start = LocalTime.parse(parts[0].trim());
                level = GridLevel.parse(parts[1]);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("grid signal schedule: '" + entry.trim()
                        + "' is not a time and a level, e.g. 17:00=constrained (" + e.getMessage() + ")");
            }
            if (changes.put(start, level) != null) {
                throw new IllegalArgumentException("grid signal schedule: " + start + " is given twice");
            }
        }
        return new GridSignalSchedule(changes);
    }

    /** The level at {@code time}, local time of the site. */
    public GridLevel level(ZonedDateTime time) {
        if (changes.isEmpty()) {
            return GridLevel.FAVORABLE;
        }
        Map.Entry<LocalTime, GridLevel> current = changes.floorEntry(time.toLocalTime());
        return (current != null ? current : changes.lastEntry()).getValue();
    }
}
