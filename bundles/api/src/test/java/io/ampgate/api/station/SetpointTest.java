package io.ampgate.api.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetpointTest {

    @Test
    void ampsPerPhase() {
        Setpoint s = Setpoint.amps(PhaseValues.of(16, 10, 12));
        assertThat(s).isInstanceOf(Setpoint.Amps.class);
        assertThat(((Setpoint.Amps) s).current()).isEqualTo(PhaseValues.of(16, 10, 12));
        assertThat(s.isPause()).isFalse();
    }

    @Test
    void ampsSameOnEveryPhase() {
        assertThat(Setpoint.amps(16)).isEqualTo(new Setpoint.Amps(PhaseValues.all(16)));
    }

    @Test
    void watts() {
        Setpoint s = Setpoint.watts(11_000);
        assertThat(s).isEqualTo(new Setpoint.Watts(11_000));
        assertThat(s.isPause()).isFalse();
        assertThat(Setpoint.watts(0).isPause()).isTrue();
        assertThat(Setpoint.watts(-0.0)).isEqualTo(Setpoint.watts(0));
    }

    @Test
    void pauseIsZeroAmps() {
        assertThat(Setpoint.pause()).isEqualTo(Setpoint.amps(0));
        assertThat(Setpoint.pause().isPause()).isTrue();
        assertThat(Setpoint.amps(PhaseValues.of(0, 0, 6)).isPause()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsNegativeNaNAndInfiniteAmps(double amps) {
        assertThatIllegalArgumentException().isThrownBy(() -> Setpoint.amps(amps));
    }

    @Test
    void rejectsNaNOrNegativeOnOnePhase() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Setpoint.amps(PhaseValues.of(16, Double.NaN, 16)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Setpoint.amps(PhaseValues.of(16, 16, -2)));
        assertThatIllegalArgumentException().isThrownBy(() -> Setpoint.amps(PhaseValues.none()));
        assertThatNullPointerException().isThrownBy(() -> Setpoint.amps(null));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsNegativeNaNAndInfiniteWatts(double watts) {
        assertThatIllegalArgumentException().isThrownBy(() -> Setpoint.watts(watts));
    }

    @Test
    void singleValueLimitIsTheSmallestWiredPhase() {
        Setpoint.Amps amps = new Setpoint.Amps(PhaseValues.of(16, 10, 12));
        assertThat(amps.limit(Wiring.THREE_PHASE)).isEqualTo(10);
        assertThat(amps.limit(Wiring.SINGLE_PHASE)).as("only L1 is wired").isEqualTo(16);
    }

    @Test
    void driversSwitchOverTheSealedCases() {
        assertThat(describe(Setpoint.amps(PhaseValues.of(8, 8, 32)))).isEqualTo("8.0 A");
        assertThat(describe(Setpoint.watts(7400))).isEqualTo("7400.0 W");
    }

    private static String describe(Setpoint setpoint) {
        return switch (setpoint) {
            case Setpoint.Amps a -> a.limit(Wiring.THREE_PHASE) + " A";
            case Setpoint.Watts w -> w.power() + " W";
        };
    }
}
