package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaylightTest {

    @ParameterizedTest(name = "lat {0} lon {1} at {2}: {3}")
    @CsvSource({
            // solar noon at longitude 0 is 12:00 UTC; elevation = 90 - latitude + declination
            "0, 0, 2025-03-21T12:00:00Z, 1.0",
            "48, 0, 2025-06-21T12:00:00Z, 0.9085", // 65.45 degrees
            "48, 0, 2025-12-21T12:00:00Z, 0.3173", // 18.5 degrees
            "48, 0, 2025-06-21T00:00:00Z, 0",
            "48, 0, 2025-12-21T07:00:00Z, 0", // before a winter sunrise
            "48, 90, 2025-06-21T06:00:00Z, 0.9085", // noon comes 6 h earlier 90 degrees east
            "-34, 151, 2025-06-21T02:00:00Z, 0.5337"}) // Sydney's winter noon, 32.3 degrees
    void sunHeight(double latitude, double longitude, String utc, double fraction) {
        Daylight sun = new Daylight.Sun(latitude, longitude);

        assertThat(sun.fraction(ZonedDateTime.parse(utc))).isCloseTo(fraction, within(0.01));
    }

    @Test
    void sunDoesNotDependOnTheZoneTheTimeIsWrittenIn() {
        Daylight sun = new Daylight.Sun(48.1, 11.6);
        ZonedDateTime utc = ZonedDateTime.parse("2025-06-02T10:00:00Z");

        assertThat(sun.fraction(utc.withZoneSameInstant(ZoneId.of("Europe/Berlin")))).isEqualTo(sun.fraction(utc));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "06:00, 0",
            "07:00, 0",
            "10:00, 0.7071",
            "13:00, 1",
            "16:00, 0.7071",
            "19:00, 0",
            "23:00, 0"})
    void hoursAreAHalfSineInLocalTime(String local, double fraction) {
        Daylight hours = Daylight.Hours.parse("07:00-19:00");
        ZonedDateTime time = ZonedDateTime.parse("2025-06-02T" + local + ":00+02:00[Europe/Paris]");

        assertThat(hours.fraction(time)).isCloseTo(fraction, within(1e-4));
    }

    @Test
    void refusesWrongHoursAndPlaces() {
        assertThatThrownBy(() -> Daylight.Hours.parse("19:00-07:00")).hasMessageContaining("before sunset");
        assertThatThrownBy(() -> Daylight.Hours.parse("07:00")).hasMessageContaining("sunrise-sunset");
        assertThatThrownBy(() -> new Daylight.Sun(95, 0)).hasMessageContaining("latitude");
    }
}
