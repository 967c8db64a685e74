package io.ampgate.ems.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which site phases a car loads, from the station's wiring, rotation and measured currents. */
class PhasesInUseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                                          | wiring       | rotation | status    | I1 | I2 | I3 | site phases
        "three-phase car on a three-phase station       | THREE_PHASE  | L1_L2_L3 | CHARGING  | 16 | 16 | 16 | L1 L2 L3",
        "single-phase car on a three-phase station      | THREE_PHASE  | L1_L2_L3 | CHARGING  | 16 | 0  | 0  | L1",
        "single-phase car on a rotated station          | THREE_PHASE  | L2_L3_L1 | CHARGING  | 16 | 0  | 0  | L2",
        "two-phase car on a rotated station             | THREE_PHASE  | L3_L1_L2 | CHARGING  | 16 | 16 | 0.2| L3 L1",
        "single-phase station on a rotated connection   | SINGLE_PHASE | L3_L1_L2 | CHARGING  | 32 | 0  | 0  | L3",
        "not drawing yet: every wired phase             | THREE_PHASE  | L2_L3_L1 | CHARGING  | 0  | 0  | 0  | L1 L2 L3",
        "suspended: every wired phase                   | THREE_PHASE  | L1_L2_L3 | SUSPENDED_EV | 16 | 0 | 0 | L1 L2 L3",
        "current unknown: every wired phase             | THREE_PHASE  | L1_L2_L3 | CHARGING  | NaN| NaN| NaN| L1 L2 L3",
        "noise below 1 A does not count                 | THREE_PHASE  | L1_L2_L3 | CHARGING  | 10 | 0.8| 0.5| L1",
    })
    void phases(String name, Wiring wiring, PhaseRotation rotation, ConnectorStatus status, double i1, double i2, double i3,
            String expected) {
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, wiring, rotation, 32, 6, true);
        ConnectorState state = new ConnectorState(1, status, PhaseValues.of(i1, i2, i3), Double.NaN, Double.NaN, "7",
                Instant.EPOCH);

        Set<Phase> phases = PhasesInUse.of(info, state, null).phases();

        assertThat(phases).isEqualTo(phases(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                                             | wiring       | status          | I1 | I2 | session | learnt before  | phases   | known | remembered
        "drawing: measured and remembered                   | THREE_PHASE  | CHARGING        | 16 | 0  | s1      |                | L1       | true  | L1",
        "paused: the session's phases are remembered        | THREE_PHASE  | SUSPENDED_EVSE  | 0  | 0  | s1      | s1:L1          | L1       | true  | L1",
        "a new session forgets the last car                 | THREE_PHASE  | SUSPENDED_EVSE  | 0  | 0  | s2      | s1:L1          | L1 L2 L3 | false | ",
        "a phase shown once is kept (union)                 | THREE_PHASE  | CHARGING        | 0  | 10 | s1      | s1:L1          | L1 L2    | true  | L1 L2",
        "not drawing, nothing learnt: the guess             | THREE_PHASE  | CHARGING        | 0  | 0  | s1      |                | L1 L2 L3 | false | ",
        "one wired phase is known without measuring         | SINGLE_PHASE | SUSPENDED_EVSE  | 0  | 0  | s1      |                | L1       | true  | ",
    })
    void learntInTheSession(String name, Wiring wiring, ConnectorStatus status, double i1, double i2, String session,
            String before, String expected, boolean known, String remembered) {
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, wiring, PhaseRotation.L1_L2_L3, 32, 6, true);
        ConnectorState state = new ConnectorState(1, status, PhaseValues.of(i1, i2, 0), Double.NaN, Double.NaN, session,
                Instant.EPOCH);
        PhasesInUse.Learnt learnt = before == null ? null
                : new PhasesInUse.Learnt(before.split(":")[0], phases(before.split(":")[1]));

        PhasesInUse.Result r = PhasesInUse.of(info, state, learnt);

        assertThat(r.phases()).isEqualTo(phases(expected));
        assertThat(r.known()).isEqualTo(known);
        assertThat(r.learnt() == null ? null : r.learnt().phases()).isEqualTo(remembered == null ? null : phases(remembered));
    }

    private static Set<Phase> phases(String names) {
        return Arrays.stream(names.split(" ")).map(Phase::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
    }
}
