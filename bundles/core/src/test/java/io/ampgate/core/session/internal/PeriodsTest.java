package io.ampgate.core.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where today, this week and this month begin, in the site's time zone. */
class PeriodsTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        // now,                  zone,              day start,             week start (Monday),   month start
        "2026-11-22T10:00:00Z, Europe/Paris,      2026-11-21T23:00:00Z, 2026-11-15T23:00:00Z, 2026-10-31T23:00:00Z",
        "2026-11-23T08:00:00Z, Europe/Paris,      2026-11-22T23:00:00Z, 2026-11-22T23:00:00Z, 2026-10-31T23:00:00Z",
        "2026-11-22T23:30:00Z, Europe/Paris,      2026-11-22T23:00:00Z, 2026-11-22T23:00:00Z, 2026-10-31T23:00:00Z",
        "2026-12-01T00:30:00Z, UTC,               2026-12-01T00:00:00Z, 2026-11-30T00:00:00Z, 2026-12-01T00:00:00Z",
        // the day daylight-saving time starts: midnight was still winter time
        "2026-03-29T12:00:00Z, Europe/Paris,      2026-03-28T23:00:00Z, 2026-03-22T23:00:00Z, 2026-02-28T23:00:00Z",
        // a week that began in winter time and is now in summer time
        "2026-04-01T12:00:00Z, Europe/Paris,      2026-03-31T22:00:00Z, 2026-03-29T22:00:00Z, 2026-03-31T22:00:00Z",
        // midnight did not exist (clocks jumped from 00:00 to 01:00): the day began at 01:00
        "2018-11-04T12:00:00Z, America/Sao_Paulo, 2018-11-04T03:00:00Z, 2018-10-29T03:00:00Z, 2018-11-01T03:00:00Z",
    })
    void periodsBeginAtLocalMidnight(String now, String zone, String day, String week, String month) {
        Periods p = Periods.at(Instant.parse(now), ZoneId.of(zone));

        assertThat(p.dayStart()).isEqualTo(Instant.parse(day));
        assertThat(p.weekStart()).isEqualTo(Instant.parse(week));
        assertThat(p.monthStart()).isEqualTo(Instant.parse(month));
    }
}
