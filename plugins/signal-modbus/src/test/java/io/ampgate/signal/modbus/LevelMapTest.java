package io.ampgate.signal.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.api.signal.GridSignalLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelMapTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0=favorable,1=constrained,2=lost          | 0     | FAVORABLE
            0=favorable,1=constrained,2=lost          | 1     | CONSTRAINED
            0=favorable,1=constrained,2=lost          | 2     | LOST
            0=favorable,1=constrained,2=lost          | 3     | -
            0=favorable,1=constrained,2=lost          | 1.5   | -
            0=favorable,1=constrained,2=lost          | NaN   | -
            ' 0 = Favorable , 1 = CONSTRAINED '       | 1     | CONSTRAINED
            -1=lost,0=favorable,1=constrained         | -1    | LOST
            0x10=constrained,0x20=favorable           | 16    | CONSTRAINED
            0x10=constrained,0x20=favorable           | 32    | FAVORABLE
            0=favorable,65536=constrained             | 65536 | CONSTRAINED
            """)
    void mapsWholeValuesItNames(String text, double raw, GridSignalLevel level) {
        assertThat(LevelMap.parse(text).level(raw).orElse(null)).isEqualTo(level);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                   | no value means favorable
            0=favorable                          | no value means constrained
            1=constrained,2=lost                 | no value means favorable
            0=favorable;1=constrained            | '0=favorable;1=constrained' is not value=level
            0=favorable,1                        | '1' is not value=level
            0=favorable,1=constrained,1=lost     | the value 1 is given twice
            x=favorable,1=constrained            | 'x' is not a whole number
            0=green,1=constrained                | 'green' is not favorable, constrained or lost
            0=favorable,1=constrained=2          | '1=constrained=2' is not value=level
            """)
    void refusesWhatItCannotRead(String text, String message) {
        assertThatThrownBy(() -> LevelMap.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("levels: ").hasMessageContaining(message);
    }

    @ParameterizedTest(name = "active-high {0}: {1} -> {2}")
    @CsvSource({"true, 1, CONSTRAINED", "true, 0, FAVORABLE", "false, 0, CONSTRAINED", "false, 1, FAVORABLE"})
    void bitsMapByPolarity(boolean activeHigh, double bit, GridSignalLevel level) {
        assertThat(LevelMap.bit(activeHigh).level(bit)).contains(level);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2=lost,1=constrained,0=favorable | 0=favorable,1=constrained,2=lost
            0x10=constrained,0=favorable     | 0=favorable,16=constrained
            """)
    void printsInValueOrder(String text, String shown) {
        assertThat(LevelMap.parse(text)).hasToString(shown);
    }
}
