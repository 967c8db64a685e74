package io.ampgate.mqtt.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the source reports, over time: held, expiring, lost with the broker. */
class SourceStateTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration LOST_AFTER = Duration.ofSeconds(60);
    private static final SignalRequest HELD = new SignalRequest(GridSignalLevel.CONSTRAINED, PhaseValues.all(30),
            OptionalInt.of(2), Duration.ZERO);
    private static final SignalRequest FIVE_MINUTES = new SignalRequest(GridSignalLevel.FAVORABLE, PhaseValues.none(),
            OptionalInt.empty(), Duration.ofMinutes(5));

    @Test
    void nothingBeforeTheFirstSignalEvenWithoutABroker() {
        assertThat(SourceState.NONE.signal(T0, LOST_AFTER)).isEmpty();
        assertThat(SourceState.NONE.disconnected(T0).signal(T0.plusSeconds(3600), LOST_AFTER)).isEmpty();
    }

    @Test
    void aHeldSignalIsStampedWhenReadAndNeverEnds() {
        SourceState s = SourceState.NONE.accepted(HELD, T0);
        Instant later = T0.plus(Duration.ofDays(3));

        assertThat(s.signal(later, LOST_AFTER)).contains(GridSignal.constrained(later, PhaseValues.all(30), OptionalInt.of(2)));
        assertThat(s.validUntil()).isEmpty();
    }

    @Test
    void aSignalGivenForAWhileEndsStrictlyAfterIt() {
        SourceState s = SourceState.NONE.accepted(FIVE_MINUTES, T0);
        Instant end = T0.plus(Duration.ofMinutes(5));

        assertThat(s.validUntil()).contains(end);
        assertThat(s.signal(end, LOST_AFTER)).contains(GridSignal.favorable(end));
        assertThat(s.signal(end.plusMillis(1), LOST_AFTER)).as("then no signal at all, not LOST").isEmpty();
        assertThat(s.expired(end.plusMillis(1))).isTrue();
    }

    @Test
    void aBrokerUnreachableForTheTimeoutMakesItLostUntilItReturns() {
        Instant cut = T0.plusSeconds(10);
        SourceState s = SourceState.NONE.accepted(HELD, T0).disconnected(cut);

        assertThat(s.signal(cut.plus(LOST_AFTER).minusMillis(1), LOST_AFTER).map(GridSignal::level)).contains(GridSignalLevel.CONSTRAINED);
        Instant lost = cut.plus(LOST_AFTER);
        assertThat(s.signal(lost, LOST_AFTER)).contains(GridSignal.lost(lost));
        assertThat(s.disconnected(lost).disconnectedSince()).as("the first loss counts").isEqualTo(cut);
        assertThat(s.connected().signal(lost, LOST_AFTER).map(GridSignal::level)).contains(GridSignalLevel.CONSTRAINED);
    }

    @Test
    void aSignalThatExpiredIsNoSignalEvenWithoutABroker() {
        SourceState s = SourceState.NONE.accepted(FIVE_MINUTES, T0).disconnected(T0.plusSeconds(1));

        assertThat(s.signal(T0.plusSeconds(120), LOST_AFTER).map(GridSignal::level)).contains(GridSignalLevel.LOST);
        assertThat(s.signal(T0.plusSeconds(301), LOST_AFTER)).isEqualTo(Optional.empty());
    }

    @Test
    void aNewSignalReplacesTheOldOneAndItsValidity() {
        SourceState s = SourceState.NONE.accepted(FIVE_MINUTES, T0).accepted(HELD, T0.plusSeconds(60));

        assertThat(s.validUntil()).isEmpty();
        assertThat(s.signal(T0.plusSeconds(3600), LOST_AFTER).map(GridSignal::level)).contains(GridSignalLevel.CONSTRAINED);
    }
}
