package io.ampgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoPlacementTest {

    @ParameterizedTest
    @CsvSource({
        // machine zone, UTC now,             zone chosen,    longitude
        "Europe/Paris,     2026-11-22T10:00:00Z, Europe/Paris,  15",   // 11:00 in Paris: day there
        "Europe/Paris,     2026-07-01T07:30:00Z, Europe/Paris,  30",   // 09:30 summer time
        "Europe/Paris,     2026-07-01T07:29:00Z, Etc/GMT-4,     60",   // 09:29: too early for the commuters
        "America/New_York, 2026-11-22T15:00:00Z, America/New_York, -75",
        "America/New_York, 2026-11-22T17:00:00Z, Etc/GMT+6,     -90",   // 12:00 in New York: past the busy hours
        "UTC,              2026-11-22T10:26:00Z, UTC,           0",
        "Europe/Paris,     2026-11-22T21:00:00Z, Etc/GMT+10,    -150", // 22:00 in Paris: 11:00 at UTC-10
        "Europe/Paris,     2026-11-22T03:00:00Z, Etc/GMT-8,     120",
        "Asia/Tokyo,       2026-11-22T11:00:00Z, Etc/UTC,       0",    // 20:00 in Tokyo, 11:00 in UTC
        "UTC,              2026-11-22T23:40:00Z, Etc/GMT-11,    165",  // 10:40 the next day at UTC+11
        "UTC,              2026-11-22T23:10:00Z, Etc/GMT+12,    -180"})// 11:10 at UTC-12
    void theSiteIsWhereItIsDay(String machine, String now, String zone, int longitude) {
        assertThat(DemoPlacement.at(Instant.parse(now), ZoneId.of(machine))).isEqualTo(new DemoPlacement(zone, longitude));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 7, 15, 16, 19, 22, 23})
    void anyHourGivesLateMorningThere(int utcHour) {
        for (int minute = 0; minute < 60; minute += 7) {
            Instant now = Instant.parse("2026-11-22T00:00:00Z").plusSeconds(utcHour * 3600L + minute * 60L);
            DemoPlacement p = DemoPlacement.at(now, ZoneId.of("Pacific/Kiritimati")); // UTC+14: busy when UTC is 19:30-22:00
            LocalTime there = LocalTime.ofInstant(now, ZoneId.of(p.timeZone()));
            assertThat(there).isBetween(LocalTime.of(9, 30), LocalTime.of(12, 0));
            assertThat(p.longitude()).isBetween(-180, 180);
        }
    }
}
