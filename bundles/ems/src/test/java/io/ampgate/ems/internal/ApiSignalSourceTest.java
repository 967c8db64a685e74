package io.ampgate.ems.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.unit.PhaseValues;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The grid signal given through the API or the shell: held, expiring, checked. */
class ApiSignalSourceTest {

    private static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aHeldSignalIsFreshAtEveryReadAndAnExpiringOneEnds() {
        Ticking clock = new Ticking();
        ApiSignalSource source = new ApiSignalSource(clock);
        assertThat(source.gridSignal()).isEmpty();

        assertThat(source.signal("constrained", "40/40/32", "4")).contains("CONSTRAINED").contains("at most 4 sessions");
        clock.now = clock.now.plus(Duration.ofHours(2));
        GridSignal held = source.gridSignal().orElseThrow();
        assertThat(held.timestamp()).isEqualTo(clock.now);
        assertThat(held.cap()).isEqualTo(PhaseValues.of(40, 40, 32));
        assertThat(held.maxSessions()).hasValue(4);

        source.set(GridSignalLevel.FAVORABLE, PhaseValues.none(), OptionalInt.empty(), Duration.ofMinutes(5));
        assertThat(source.gridSignal()).hasValueSatisfying(s -> assertThat(s.level()).isEqualTo(GridSignalLevel.FAVORABLE));
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertThat(source.gridSignal()).as("a program that stopped refreshing it").isEmpty();

        source.signal("lost");
        assertThat(source.gridSignal().orElseThrow().level()).isEqualTo(GridSignalLevel.LOST);
        assertThat(source.signal("clear")).startsWith("no grid signal");
    }

    @Test
    void aWrongSignalIsRefused() {
        ApiSignalSource source = new ApiSignalSource(new Ticking());

        assertThatIllegalArgumentException().isThrownBy(() -> source.signal("orange"))
                .withMessageContaining("use favorable, constrained, lost or clear");
        assertThatIllegalArgumentException().isThrownBy(() -> source.signal("constrained", "lots"))
                .withMessageContaining("not amperes");
        assertThatIllegalArgumentException().isThrownBy(() -> source.set(GridSignalLevel.CONSTRAINED,
                PhaseValues.all(-1), OptionalInt.empty(), Duration.ZERO)).withMessageContaining(">= 0");
    }
}
