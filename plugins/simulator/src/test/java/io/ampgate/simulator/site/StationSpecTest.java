package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StationSpecTest {

    @Test
    void parsesAListWithDefaultsAndOptions() {
        List<StationSpec> stations = StationSpec.parseList(
                "CP1:2:Type2:3:32, CP2:2:Type2/Schuko:1:16:Acme:Wallbox S:L2L3L1 ,DC1:1:CCS:3:63::Fast");

        assertThat(stations).containsExactly(
                new StationSpec("CP1", 2, List.of("Type2", "Type2"), 3, 32, "Ampgate", "Simulated AC",
                        List.of(1, 2, 3)),
                new StationSpec("CP2", 2, List.of("Type2", "Schuko"), 1, 16, "Acme", "Wallbox S", List.of(2, 3, 1)),
                new StationSpec("DC1", 1, List.of("CCS"), 3, 63, "Ampgate", "Fast", List.of(1, 2, 3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CP1:2:Type2:3", "CP1:x:Type2:3:32", "CP1:2:Type2:2:32", "CP1:2:Type2:3:5",
            "CP1:0:Type2:3:32", "CP1:1:Type2:3:32:A:B:L1L1L2", "CP1:1:Type2:3:32:A:B:RST", ":1:Type2:3:32"})
    void refusesWhatIsNotAStation(String entry) {
        assertThatThrownBy(() -> StationSpec.parse(entry)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnIdTwice() {
        assertThatThrownBy(() -> StationSpec.parseList("CP1:1:Type2:3:32, CP1:1:Type2:3:32"))
                .hasMessageContaining("'CP1' is listed twice");
    }
}
