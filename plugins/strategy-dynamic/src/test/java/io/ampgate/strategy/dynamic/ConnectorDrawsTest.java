package io.ampgate.strategy.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The cars' draw is taken at the moment of the meter's reading, not from a later report. */
class ConnectorDrawsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private static ConnectorSnapshot reported(double amps, long atMillis) {
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, true);
        ConnectorState state = new ConnectorState(1, ConnectorStatus.CHARGING, PhaseValues.all(amps), Double.NaN, 0, "1",
                T0.plusMillis(atMillis));
        return new ConnectorSnapshot("CP1", 1, "site", info, state, false, false, 0, EnumSet.allOf(Phase.class), true);
    }

    @Test
    void aReportAfterTheReadingDoesNotCountForIt() {
        ConnectorDraws draws = new ConnectorDraws();
        assertThat(draws.at(reported(17.6, -1_000), T0)).isEqualTo(PhaseValues.all(17.6));

        // corrected to 7.6 A, reported at +300 ms; the meter's newest reading is still the one of T0
        assertThat(draws.at(reported(7.6, 300), T0)).as("what it drew when the meter read").isEqualTo(PhaseValues.all(17.6));
        assertThat(draws.at(reported(7.6, 300), T0)).as("the next cycle, same reading").isEqualTo(PhaseValues.all(17.6));

        // the meter's next poll, after the report
        assertThat(draws.at(reported(7.6, 300), T0.plusMillis(500))).isEqualTo(PhaseValues.all(7.6));
    }

    @Test
    void withoutAnEarlierReportTheLatestCounts() {
        assertThat(new ConnectorDraws().at(reported(12, 900), T0)).isEqualTo(PhaseValues.all(12));
    }
}
