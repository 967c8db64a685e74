package io.ampgate.ems.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a zone meter's reading runs the cycle at once. */
class MeterWatchTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final Zone SITE = new Zone("site", null, "Main", ZoneKind.SITE, PhaseValues.all(63),
            "m1", PhaseValues.all(16));
    private static final Zone CARPORT = new Zone("carport", "site", "Carport", ZoneKind.GROUP, PhaseValues.all(32),
            null, PhaseValues.all(16));

    private static MeterReading reading(long second, double i1, double i2, double i3) {
        return new MeterReading(T0.plusSeconds(second), PhaseValues.all(230), PhaseValues.of(i1, i2, i3),
                PhaseValues.all(Double.NaN), Double.NaN, Double.NaN, Double.NaN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "under the limit                  | 60   | 62.9 | 10  | false",
        "one phase above                  | 40   | 63.5 | 10  | true",
        "a phase the meter does not give  | 10   | 10   | NaN | false",
        "exactly at the limit is not above| 63   | 63   | 0   | false",
    })
    void aNewReadingAboveItsZoneLimitRunsTheCycle(String name, double i1, double i2, double i3, boolean runs) {
        Map<String, MeterReading> readings = Map.of("m1", reading(1, i1, i2, i3));
        assertThat(new MeterWatch().overLimit(List.of(SITE, CARPORT), readings::get)).isEqualTo(runs);
    }

    @Test
    void eachReadingCountsOnce() {
        MeterWatch watch = new MeterWatch();
        Map<String, MeterReading> readings = new HashMap<>(Map.of("m1", reading(1, 70, 0, 0)));
        assertThat(watch.overLimit(List.of(SITE), readings::get)).isTrue();
        assertThat(watch.overLimit(List.of(SITE), readings::get)).as("the same reading again").isFalse();
        readings.put("m1", reading(2, 70, 0, 0));
        assertThat(watch.overLimit(List.of(SITE), readings::get)).as("the next poll, still above").isTrue();
        readings.clear();
        assertThat(watch.overLimit(List.of(SITE), readings::get)).as("no reading").isFalse();
    }
}
