package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridSignalScheduleTest {

    private static final GridSignalSchedule EVENING =
            GridSignalSchedule.parse("17:00=constrained, 19:30 = favorable,22:00=LOST, 23:00=favorable");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "00:30, FAVORABLE",
            "16:59, FAVORABLE",
            "17:00, CONSTRAINED",
            "19:29, CONSTRAINED",
            "19:30, FAVORABLE",
            "22:15, LOST",
            "23:59, FAVORABLE"})
    void levelsHoldUntilTheNextChange(String local, GridLevel level) {
        ZonedDateTime time = ZonedDateTime.parse("2025-06-02T" + local + ":00+02:00[Europe/Paris]");

        assertThat(EVENING.level(time)).isEqualTo(level);
    }

    @Test
    void theLastChangeOfTheDayHoldsPastMidnight() {
        GridSignalSchedule night = GridSignalSchedule.parse("08:00=favorable, 20:00=constrained");

        assertThat(night.level(ZonedDateTime.parse("2025-06-02T03:00:00Z"))).isEqualTo(GridLevel.CONSTRAINED);
    }

    @Test
    void emptyIsAlwaysFavorableAndRegistersCarryTheLevel() {
        assertThat(GridSignalSchedule.parse(" ").level(ZonedDateTime.parse("2025-06-02T18:00:00Z")))
                .isEqualTo(GridLevel.FAVORABLE);
        assertThat(GridLevel.FAVORABLE.register()).isZero();
        assertThat(GridLevel.CONSTRAINED.register()).isEqualTo(1);
        assertThat(GridLevel.LOST.register()).isEqualTo(2);
    }

    @Test
    void theSharedAlwaysFavorableCannotBeChanged() {
        assertThatThrownBy(() -> GridSignalSchedule.ALWAYS_FAVORABLE.changes().put(LocalTime.NOON, GridLevel.LOST))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(GridSignalSchedule.ALWAYS_FAVORABLE.level(ZonedDateTime.parse("2025-06-02T12:00:00Z")))
                .isEqualTo(GridLevel.FAVORABLE);
    }

    @Test
    void refusesWhatIsNotATimeAndALevel() {
        assertThatThrownBy(() -> GridSignalSchedule.parse("17:00=red")).hasMessageContaining("'17:00=red'");
        assertThatThrownBy(() -> GridSignalSchedule.parse("5pm=lost")).hasMessageContaining("e.g. 17:00=constrained");
        assertThatThrownBy(() -> GridSignalSchedule.parse("17:00=lost, 17:00=favorable")).hasMessageContaining("twice");
    }
}
