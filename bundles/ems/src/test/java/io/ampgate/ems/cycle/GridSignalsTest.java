package io.ampgate.ems.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.unit.PhaseValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which grid signal is in force when several sources give one. */
class GridSignalsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    /** "F@10" favorable at second 10, "C20@5" constrained to 20 A at second 5, "L@3" lost at second 3. */
    private static GridSignal signal(String s) {
        Instant at = T0.plusSeconds(Long.parseLong(s.substring(s.indexOf('@') + 1)));
        return switch (s.charAt(0)) {
            case 'F' -> GridSignal.favorable(at);
            case 'L' -> GridSignal.lost(at);
            default -> GridSignal.constrained(at, PhaseValues.all(Double.parseDouble(s.substring(1, s.indexOf('@')))),
                    OptionalInt.empty());
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no source gives a signal                     |                 | ",
        "one source                                   | F@10            | F@10",
        "a constraint outranks a newer favorable      | C20@5 F@10      | C20@5",
        "a lost source outranks a newer favorable     | L@3 F@10        | L@3",
        "a constraint outranks a newer lost source    | L@10 C20@5      | C20@5",
        "of two constraints the newer                 | C20@5 C10@8     | C10@8",
        "of two favorable the newer                   | F@8 F@9         | F@9",
    })
    void theMostRestrictiveThenTheNewest(String name, String given, String expected) {
        List<GridSignal> signals = new ArrayList<>();
        if (given != null) {
            for (String s : given.split(" ")) {
                signals.add(signal(s));
            }
        }
        assertThat(GridSignals.pick(signals)).isEqualTo(expected == null ? java.util.Optional.empty()
                : java.util.Optional.of(signal(expected)));
    }
}
