package io.ampgate.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.store.event.EventFilter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The options of {@code event:list} as an operator types them, on a site in Paris (UTC+1 in March). */
class EventQueryTest {
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static List<String> words(String options) {
        return options == null ? List.of() : Arrays.asList(options.split(" +"));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-                                     | 2026-03-01T12:00:00Z | -       | -    | -       | false | 50   | in the last 24 h",
        "--hours 2                             | 2026-03-02T10:00:00Z | -       | -    | -       | false | 50   | in the last 2 h",
        "--HOURS 2                             | 2026-03-02T10:00:00Z | -       | -    | -       | false | 50   | in the last 2 h",
        "--since 2026-03-02                    | 2026-03-01T23:00:00Z | -       | -    | -       | false | 50   | since 2026-03-02 00:00:00",
        "--since 2026-03-02T08:30              | 2026-03-02T07:30:00Z | -       | -    | -       | false | 50   | since 2026-03-02 08:30:00",
        "--since 2026-03-02T07:00:00Z          | 2026-03-02T07:00:00Z | -       | -    | -       | false | 50   | since 2026-03-02 08:00:00",
        "--since 2026-03-02t09:00+02:00        | 2026-03-02T07:00:00Z | -       | -    | -       | false | 50   | since 2026-03-02 08:00:00",
        "--severity WARNING                    | 2026-03-01T12:00:00Z | -       | -    | WARNING | false | 50   | in the last 24 h",
        "--source station CP1 --severity alarm | 2026-03-01T12:00:00Z | STATION | CP1  | ALARM   | false | 50   | in the last 24 h",
        "--source Meter --unacknowledged       | 2026-03-01T12:00:00Z | METER   | -    | -       | true  | 50   | in the last 24 h",
        "--unacknowledged --source system ems  | 2026-03-01T12:00:00Z | SYSTEM  | ems  | -       | true  | 50   | in the last 24 h",
        "--limit 1000 --hours 48               | 2026-02-28T12:00:00Z | -       | -    | -       | false | 1000 | in the last 48 h",
    })
    void optionsSelectTheEvents(String options, Instant from, String source, String sourceId, String atLeast,
            boolean unacknowledged, int limit, String window) {
        EventQuery q = EventQuery.parse(words(options), NOW, PARIS);
        EventFilter f = q.filter();
        assertThat(f.from()).isEqualTo(from);
        assertThat(f.to()).as("up to now, this millisecond included").isEqualTo(NOW.plusMillis(1));
        assertThat(f.source() == null ? null : f.source().name()).isEqualTo(source);
        assertThat(f.sourceId()).isEqualTo(sourceId);
        assertThat(f.atLeast() == null ? null : f.atLeast().name()).isEqualTo(atLeast);
        assertThat(f.unacknowledgedOnly()).isEqualTo(unacknowledged);
        assertThat(q.limit()).isEqualTo(limit);
        assertThat(q.window()).isEqualTo(window);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "--hours 0                    | --hours 0 is not a whole number from 1 to 87840",
        "--hours two                  | --hours two is not a whole number from 1 to 87840",
        "--hours                      | --hours needs a value",
        "--severity --unacknowledged  | --severity needs a value",
        "--hours 2 --since 2026-03-01 | give one time window: --hours or --since, once",
        "--hours 2 --hours 3          | give one time window: --hours or --since, once",
        "--since yesterday            | --since yesterday is not a time: use 2026-03-02, 2026-03-02T08:00",
        "--since 2026-03-02T25:00     | --since 2026-03-02T25:00 is not a time",
        "--since 2026-03-03           | --since 2026-03-03 00:00:00 is not in the past",
        "--severity critical          | --severity critical is not info, warning or alarm",
        "--source zone site           | --source zone is not station, meter or system",
        "--limit 1001                 | --limit 1001 is not a whole number from 1 to 1000",
        "--verbose                    | unknown option '--verbose'",
        "CP1                          | unknown option 'CP1'",
    })
    void whatIsTypedWrongIsRefusedWithWhy(String options, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> EventQuery.parse(words(options), NOW, PARIS))
                .withMessageStartingWith(message);
    }
}
