package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargingTest {

    private static final Instant T = Instant.parse("2025-06-02T08:00:00Z");

    private static CarVisit car(double wantedWh, double maxA) {
        return new CarVisit(T, T.plusSeconds(3600), wantedWh, 3, maxA, "X");
    }

    @ParameterizedTest(name = "limit {0} A, rating {1} A: offers {2} A")
    @CsvSource({
            "32, 32, 32",
            "10, 32, 10",
            "40, 16, 16",
            "6, 32, 6",
            "5.9, 32, 0",
            "0, 32, 0"})
    void stationOffersItsLimitCappedByItsRatingAndNothingBelowSixAmps(double limit, double rating, double offered) {
        assertThat(Charging.offered(limit, rating)).isEqualTo(offered);
    }

    @ParameterizedTest(name = "wants {0} Wh, has {1} Wh, max {2} A: takes {3} A")
    @CsvSource({
            "10000, 0, 16, 16",
            "10000, 8000, 16, 16",
            "10000, 9000, 32, 20.8",
            "10000, 9999.99, 32, 9.6",
            "10000, 10000, 32, 0",
            "10000, 12000, 32, 0"})
    void carTakesItsMaximumTaperingOverTheLastFifth(double wanted, double delivered, double maxA, double takes) {
        assertThat(Charging.acceptance(car(wanted, maxA), delivered)).isCloseTo(takes, within(0.01));
    }

    @ParameterizedTest(name = "offered {0} A, takes {1} A: draws {2} A")
    @CsvSource({
            "32, 16, 16",
            "10, 16, 10",
            "0, 16, 0",
            "16, 0, 0"})
    void carDrawsWhatItTakesOfWhatIsOffered(double offered, double takes, double draws) {
        assertThat(Charging.draw(offered, takes)).isEqualTo(draws);
    }

    @ParameterizedTest(name = "{0} A on {1} phase(s) for {2}: {3} Wh")
    @CsvSource({
            "16, 3, PT1H, 11040",
            "16, 1, PT1H, 3680",
            "10, 3, PT1S, 1.9167",
            "0, 3, PT1H, 0"})
    void energyOfACurrentOverATime(double amps, int phases, Duration time, double wh) {
        assertThat(Charging.energyWh(amps, phases, 230, time)).isCloseTo(wh, within(1e-3));
    }

    @Test
    void fullOnceItHasWhatItWanted() {
        assertThat(Charging.full(car(10_000, 16), 9_999)).isFalse();
        assertThat(Charging.full(car(10_000, 16), 10_000)).isTrue();
    }
}
