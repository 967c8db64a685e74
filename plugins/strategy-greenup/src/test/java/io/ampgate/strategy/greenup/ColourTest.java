package io.ampgate.strategy.greenup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColourTest {

    /** I_chg 80 A, I_max 100 A. */
    @ParameterizedTest(name = "{0} at {1} A, band {2} A -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GREEN  | 79.9  | 0 | GREEN
            GREEN  | 80    | 0 | YELLOW
            GREEN  | 100   | 0 | RED
            YELLOW | 79.9  | 0 | GREEN
            YELLOW | 99.9  | 0 | YELLOW
            RED    | 99.9  | 0 | YELLOW
            RED    | 50    | 0 | GREEN
            GREEN  | 84.9  | 5 | GREEN
            GREEN  | 85    | 5 | YELLOW
            GREEN  | 104.9 | 5 | YELLOW
            GREEN  | 105   | 5 | RED
            YELLOW | 75.1  | 5 | YELLOW
            YELLOW | 74.9  | 5 | GREEN
            YELLOW | 104.9 | 5 | YELLOW
            RED    | 95    | 5 | RED
            RED    | 94.9  | 5 | YELLOW
            RED    | 74.9  | 5 | GREEN
            """)
    void leavesAColourOnlyBeyondTheBand(Colour from, double amps, double band, Colour to) {
        assertThat(from.next(amps, band, 80, 100)).isEqualTo(to);
    }
}
