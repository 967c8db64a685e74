package io.ampgate.signal.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.modbus.Values;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignalStatusTest {

    private static final Instant SINCE = Instant.parse("2026-11-22T08:00:00Z");
    private static final Instant POLLED = Instant.parse("2026-11-22T08:00:05Z");
    private final SignalInput input = SignalSettings.of(Configs.parse("grid", "1@127.0.0.1:502", "function=3")).input();

    private static Optional<Values> level(double raw) {
        return Optional.of(new Values(POLLED, Map.of(SignalInput.LEVEL, raw), Map.of()));
    }

    @Test
    void noSignalBeforeTheFirstPoll() {
        SignalStatus s = SignalStatus.of(DeviceHealth.starting(SINCE), Optional.empty(), input);

        assertThat(s.signal()).isEmpty();
        assertThat(s.describe()).isEqualTo("no signal yet (not polled yet)");
    }

    @Test
    void anAnsweringDeviceGivesWhatItsValuesMeanStampedWithThePoll() {
        SignalStatus s = SignalStatus.of(DeviceHealth.online(SINCE), level(1), input);

        assertThat(s.signal()).contains(new GridSignal(GridSignalLevel.CONSTRAINED, POLLED,
                io.ampgate.api.unit.PhaseValues.none(), java.util.OptionalInt.empty()));
        assertThat(s.describe()).isEqualTo("CONSTRAINED");
    }

    @Test
    void aSilentDeviceIsLostSinceItsFirstFailedPollWhateverItLastSaid() {
        DeviceHealth failing = DeviceHealth.commError("TIMEOUT: no answer within the timeout", SINCE);

        SignalStatus s = SignalStatus.of(failing, level(0), input);

        assertThat(s.signal()).contains(GridSignal.lost(SINCE));
        assertThat(s.describe()).isEqualTo("LOST: the device does not answer: TIMEOUT: no answer within the timeout");
    }

    @Test
    void sameSignalIgnoresWhenItWasIssued() {
        SignalStatus first = SignalStatus.of(DeviceHealth.online(SINCE), level(0), input);
        SignalStatus later = SignalStatus.of(DeviceHealth.online(SINCE),
                Optional.of(new Values(POLLED.plusSeconds(1), Map.of(SignalInput.LEVEL, 0.0), Map.of())), input);
        SignalStatus constrained = SignalStatus.of(DeviceHealth.online(SINCE), level(1), input);

        assertThat(later.sameSignal(first)).isTrue();
        assertThat(constrained.sameSignal(first)).isFalse();
        assertThat(first.sameSignal(null)).isFalse();
    }
}
