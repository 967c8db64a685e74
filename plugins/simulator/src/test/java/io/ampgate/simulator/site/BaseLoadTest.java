package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseLoadTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** 2025-06-02 is a Monday. */
    private static ZonedDateTime at(String dateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(dateTime), PARIS);
    }

    @ParameterizedTest(name = "{0}: shape {1}")
    @CsvSource({
            "2025-06-02T03:00, 0",
            "2025-06-02T06:00, 0",
            "2025-06-02T07:30, 0.5",
            "2025-06-02T09:00, 1",
            "2025-06-02T11:59, 1",
            "2025-06-02T12:45, 0.85",
            "2025-06-02T15:00, 1",
            "2025-06-02T19:30, 0.5",
            "2025-06-02T22:00, 0",
            "2025-06-07T10:00, 0.3333",
            "2025-06-08T03:00, 0"})
    void dayShapeOfAnOffice(String time, double shape) {
        assertThat(BaseLoad.dayShape(at(time))).isCloseTo(shape, within(0.001));
    }

    @ParameterizedTest(name = "{0}: L1 {1} A, L2 {2} A, L3 {3} A")
    @CsvSource({
            "2025-06-02T03:00, 10, 8, 9",
            "2025-06-02T10:00, 50, 40, 45",
            "2025-06-02T07:30, 30, 24, 27"})
    void levelBetweenNightAndDayWithTheImbalanceAndNoNoise(String time, double l1, double l2, double l3) {
        BaseLoad load = new BaseLoad(10, 50, 0.2, 0, 7);

        PhaseCurrents current = load.at(at(time));

        assertThat(current.l1()).isCloseTo(l1, within(1e-9));
        assertThat(current.l2()).isCloseTo(l2, within(1e-9));
        assertThat(current.l3()).isCloseTo(l3, within(1e-9));
    }

    @Test
    void noiseStaysWithinItsShareIsSlowAndFollowsTheSeed() {
        BaseLoad load = new BaseLoad(10, 50, 0, 0.1, 7);
        ZonedDateTime t = at("2025-06-02T10:00");
        for (int s = 0; s < 3600; s += 7) {
            PhaseCurrents c = load.at(t.plusSeconds(s));
            assertThat(c.l1()).isBetween(45.0, 55.0);
            assertThat(Math.abs(c.l1() - load.at(t.plusSeconds(s + 1)).l1())).isLessThan(0.2);
        }
        assertThat(load.at(t)).isEqualTo(new BaseLoad(10, 50, 0, 0.1, 7).at(t));
        assertThat(load.at(t).l1()).isNotEqualTo(new BaseLoad(10, 50, 0, 0.1, 8).at(t).l1());
    }

    @Test
    void meanShapeIsTheMeanOfAWeekday() {
        ZonedDateTime monday = at("2025-06-02T00:00");
        double sum = 0;
        int minutes = 24 * 60;
        for (int m = 0; m < minutes; m++) {
            sum += BaseLoad.dayShape(monday.plusMinutes(m));
        }
        assertThat(sum / minutes).isCloseTo(BaseLoad.WEEKDAY_MEAN_SHAPE, within(0.002));
    }

    @Test
    void refusesANightAboveTheDay() {
        assertThatThrownBy(() -> new BaseLoad(60, 50, 0, 0, 1)).hasMessageContaining("night level");
    }
}
