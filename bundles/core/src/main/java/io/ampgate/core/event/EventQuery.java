package io.ampgate.core.event;

import io.ampgate.store.event.EventFilter;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.event.Severity;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which events an operator asks for with the options of {@code event:list}: a time window (the last
 * 24 h unless told), the least severity, a source, only the unacknowledged ones, and how many lines at
 * most. What is typed wrong is refused with an {@link IllegalArgumentException} that says why.
 *
 * @param filter the events to list
 * @param limit the most events to show
 * @param window the time window in words, e.g. {@code in the last 24 h}
 */
record EventQuery(EventFilter filter, int limit, String window) {
    static final int DEFAULT_HOURS = 24;
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final int MAX_HOURS = 24 * 366 * 10;
    static final String OPTIONS = """
            options: --hours N (default 24) | --since YYYY-MM-DD[THH:MM[:SS]] (site time) or an ISO instant
              --severity info|warning|alarm (that one and worse)  --source station|meter|system [ID]
              --unacknowledged  --limit N (default 50, at most 1000)""";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /**
     * Reads the options.
     *
     * @param options what the operator typed after the command
     * @param now the end of the window
     * @param zone the site's time zone, for a {@code --since} without an offset
     * @return the query
     * @throws IllegalArgumentException naming the option that is wrong
     */
    static EventQuery parse(List<String> options, Instant now, ZoneId zone) {
        Instant since = now.minus(Duration.ofHours(DEFAULT_HOURS));
        String window = "in the last " + DEFAULT_HOURS + " h";
        boolean windowGiven = false;
        EventSource source = null;
        String sourceId = null;
        Severity atLeast = null;
        boolean unacknowledged = false;
        int limit = DEFAULT_LIMIT;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i).strip().toLowerCase(Locale.ROOT);
            switch (option) {
                case "--hours", "--since" -> {
                    if (windowGiven) {
                        throw new IllegalArgumentException("give one time window: --hours or --since, once");
                    }
                    windowGiven = true;
                    String value = value(options, ++i, option);
                    if (option.equals("--hours")) {
                        int hours = number(value, option, MAX_HOURS);
                        since = now.minus(Duration.ofHours(hours));
                        window = "in the last " + hours + " h";
                    } else {
                        since = instant(value, zone);
                        window = "since " + SHOWN.format(since.atZone(zone));
                    }
                }
                case "--severity" -> atLeast = severity(value(options, ++i, option));
                case "--source" -> {
                    source = source(value(options, ++i, option));
                    boolean idGiven = i + 1 < options.size() && !options.get(i + 1).startsWith("--");
                    sourceId = idGiven ? options.get(++i).strip() : null;
                }
                case "--unacknowledged" -> unacknowledged = true;
                case "--limit" -> limit = number(value(options, ++i, option), option, MAX_LIMIT);
                default -> throw new IllegalArgumentException("unknown option '" + options.get(i) + "'\n" + OPTIONS);
            }
        }
        if (!since.isBefore(now)) {
            throw new IllegalArgumentException("--since " + SHOWN.format(since.atZone(zone)) + " is not in the past");
        }
        // to is exclusive: an event stamped this very millisecond is listed too
        EventFilter filter = new EventFilter(since, now.plusMillis(1), source, sourceId, atLeast, unacknowledged);
        return new EventQuery(filter, limit, window);
    }

    private static String value(List<String> options, int i, String option) {
        if (i >= options.size() || options.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + OPTIONS);
        }
        return options.get(i).strip();
    }

    private static int number(String value, String option, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " " + value + " is not a whole number from 1 to " + max);
    }

    /** A day or a time of day in the site's zone, or an instant with its offset ({@code Z}, {@code +01:00}). */
    static Instant instant(String value, ZoneId zone) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(value.toUpperCase(Locale.ROOT),
                    OffsetDateTime::from, LocalDateTime::from);
            return t instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) t).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--since " + value + " is not a time: use 2026-03-02, 2026-03-02T08:00"
                    + " (site time) or 2026-03-02T07:00:00Z", e);
        }
    }

    private static Severity severity(String value) {
        return Arrays.stream(Severity.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--severity " + value + " is not info, warning or alarm"));
    }

    private static EventSource source(String value) {
        return Arrays.stream(EventSource.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--source " + value + " is not station, meter or system"));
    }
}
