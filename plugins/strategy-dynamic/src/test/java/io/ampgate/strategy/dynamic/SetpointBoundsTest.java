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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A confirmed setpoint bounds what a car can have drawn, once the car has had time to follow it. */
class SetpointBoundsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private static ConnectorSnapshot confirmed(double setpoint) {
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, true);
        ConnectorState state = new ConnectorState(1, ConnectorStatus.CHARGING, PhaseValues.all(30), Double.NaN, 0, "1", T0);
        return new ConnectorSnapshot("CP1", 1, "site", info, state, false, false, 0, EnumSet.allOf(Phase.class), true,
                setpoint);
    }

    @Test
    void theBoundFollowsTheSetpointsAfterTheCarsReactionTime() {
        // cycle time (s); confirmed setpoint (- none); meter reading time (s); expected bound (- none)
        String table = """
                0   -   0   -
                1   32  1   -
                6   32  5   -
                6   32  6   32.0
                10  10  9   32.0
                11  10  10  32.0
                15  10  14  32.0
                16  10  15  10.0
                17  16  16  16.0
                20  16  20  16.0
                21  6   20  -
                22  20  21  -
                30  20  27  20.0
                31  -   31  -
                32  8   32  -
                """;
        SetpointBounds bounds = new SetpointBounds();
        List<String> actual = new ArrayList<>();
        for (String row : table.strip().split("\n")) {
            String[] f = row.strip().split("\\s+");
            double setpoint = f[1].equals("-") ? Double.NaN : Double.parseDouble(f[1]);
            double bound = bounds.at(confirmed(setpoint), T0.plusSeconds(Long.parseLong(f[2])),
                    T0.plusSeconds(Long.parseLong(f[0])));
            actual.add(String.join(" ", f[0], f[1], f[2], Double.isNaN(bound) ? "-" : String.format(Locale.ROOT, "%.1f", bound)));
        }
        assertThat(actual).containsExactlyElementsOf(table.strip().lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList());
    }
}
