package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PvCurveTest {

    private static final Instant NOON = Instant.parse("2025-06-02T12:00:00Z");

    @ParameterizedTest(name = "cloudiness {0}: shaded {1} to {2} of the day")
    @CsvSource({
            "0, 0, 0",
            "0.3, 0.05, 0.5",
            "0.7, 0.4, 0.95",
            "1, 0.95, 1"})
    void cloudinessSetsHowMuchOfTheDayIsShaded(double cloudiness, double least, double most) {
        Clouds clouds = new Clouds(cloudiness, 3);
        int shaded = 0;
        int minutes = 24 * 60 * 7;
        for (int m = 0; m < minutes; m++) {
            double factor = clouds.factor(NOON.plusSeconds(60L * m));
            assertThat(factor).isBetween(1 - Clouds.SHADE, 1.0);
            if (factor < 0.9) {
                shaded++;
            }
        }
        assertThat((double) shaded / minutes).isBetween(least, most);
    }

    @Test
    void cloudsPassOverMinutesAndFollowTheSeed() {
        Clouds clouds = new Clouds(0.5, 3);
        int changes = 0;
        boolean shaded = clouds.factor(NOON) < 0.9;
        for (int s = 1; s < 4 * 3600; s++) {
            double factor = clouds.factor(NOON.plusSeconds(s));
            assertThat(Math.abs(factor - clouds.factor(NOON.plusSeconds(s - 1)))).isLessThan(0.05);
            if (factor < 0.9 != shaded) {
                shaded = !shaded;
                changes++;
            }
        }
        assertThat(changes).as("clouds coming and going in four hours").isBetween(4, 80);
        assertThat(clouds.factor(NOON.plusSeconds(600))).isEqualTo(new Clouds(0.5, 3).factor(NOON.plusSeconds(600)));
    }

    @ParameterizedTest(name = "{0}: {1} W")
    @CsvSource({
            "2025-06-02T00:00:00Z, 0",
            "2025-06-02T06:00:00Z, 0",
            "2025-06-02T09:00:00Z, 7071.07",
            "2025-06-02T12:00:00Z, 10000",
            "2025-06-02T15:00:00Z, 7071.07"})
    void peakTimesDaylightUnderAClearSky(String utc, double watts) {
        PvCurve pv = new PvCurve(10_000, Daylight.Hours.parse("06:00-18:00"), new Clouds(0, 1));

        assertThat(pv.watts(ZonedDateTime.parse(utc))).isCloseTo(watts, within(0.5));
    }

    @Test
    void cloudsTakeTheirShare() {
        Clouds clouds = new Clouds(0.6, 9);
        PvCurve pv = new PvCurve(10_000, Daylight.Hours.parse("06:00-18:00"), clouds);
        for (int m = 0; m < 6 * 60; m += 5) {
            ZonedDateTime t = ZonedDateTime.parse("2025-06-02T09:00:00Z").plusMinutes(m);
            double clear = 10_000 * Daylight.Hours.parse("06:00-18:00").fraction(t);
            assertThat(pv.watts(t)).isCloseTo(clear * clouds.factor(t.toInstant()), within(1e-6));
        }
    }
}
