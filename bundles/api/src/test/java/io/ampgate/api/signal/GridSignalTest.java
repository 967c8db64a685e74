package io.ampgate.api.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GridSignalTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void factories() {
        assertThat(GridSignal.favorable(T).level()).isEqualTo(GridSignalLevel.FAVORABLE);
        assertThat(GridSignal.favorable(T).cap()).isEqualTo(PhaseValues.none());
        assertThat(GridSignal.lost(T).maxSessions()).isEmpty();
        GridSignal c = GridSignal.constrained(T, PhaseValues.all(40), OptionalInt.of(4));
        assertThat(c.level()).isEqualTo(GridSignalLevel.CONSTRAINED);
        assertThat(c.cap()).isEqualTo(PhaseValues.all(40));
        assertThat(c.maxSessions()).hasValue(4);
        // a constrained signal without details: the strategy's reduced mode applies
        assertThat(GridSignal.constrained(T, PhaseValues.none(), OptionalInt.empty()).timestamp())
                .isEqualTo(T);
    }

    @Test
    void rejectsNegativeCapOrSessions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridSignal.constrained(T, PhaseValues.of(40, -1, 40), OptionalInt.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GridSignal.constrained(T, PhaseValues.none(), OptionalInt.of(-1)));
    }

    @Test
    void onlyConstrainedCarriesDetails() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GridSignal(GridSignalLevel.FAVORABLE, T, PhaseValues.all(40), OptionalInt.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GridSignal(GridSignalLevel.LOST, T, PhaseValues.none(), OptionalInt.of(2)));
    }
}
