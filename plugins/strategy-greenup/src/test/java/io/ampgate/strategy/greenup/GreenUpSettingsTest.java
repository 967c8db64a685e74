package io.ampgate.strategy.greenup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreenUpSettingsTest {

    private static GreenUpSettings settings(double max, double chg, double hyst, double first, double second,
            double ah, long settle) {
        return new GreenUpSettings("", max, chg, hyst, first, second, ah, Duration.ofSeconds(settle), Set.of(),
                Set.of());
    }

    @Test
    void defaultsAreTheManuals() {
        GreenUpSettings s = GreenUpSettings.defaults(250, 228);
        assertThat(s.hysteresisPercent()).isZero();
        assertThat(s.stepCurrent(1, 32)).isEqualTo(24);
        assertThat(s.stepCurrent(2, 32)).isEqualTo(16);
        assertThat(s.minimumChargeAh()).isEqualTo(32);
        assertThat(settings(250, 250, 4, 75, 50, 32, 0).hysteresisA()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I_chg above I_max        | 100 | 101 | 0   | 75  | 50 | 32 | 10 | must not exceed the maximum current available (I_max = 100.0 A)
            I_max zero               | 0   | 0   | 0   | 75  | 50 | 32 | 10 | I_max) must be above 0 A
            I_chg zero               | 100 | 0   | 0   | 75  | 50 | 32 | 10 | I_chg) must be above 0 A
            hysteresis above 100     | 100 | 80  | 101 | 75  | 50 | 32 | 10 | hysteresis must be between 0 and 100 %
            hysteresis negative      | 100 | 80  | -1  | 75  | 50 | 32 | 10 | hysteresis must be between 0 and 100 %
            first step above 100     | 100 | 80  | 0   | 120 | 50 | 32 | 10 | first reduction step must be between 0 and 100 %
            steps in the wrong order | 100 | 80  | 0   | 50  | 75 | 32 | 10 | second reduction step (75.0 %) must be below the first reduction step (50.0 %)
            equal steps              | 100 | 80  | 0   | 60  | 60 | 32 | 10 | must be below the first
            negative charge          | 100 | 80  | 0   | 75  | 50 | -1 | 10 | minimum guaranteed charge must be 0 Ah or more
            negative settle time     | 100 | 80  | 0   | 75  | 50 | 32 | -1 | time between actions must be 0 s or more
            """)
    void rejectsWithAClearMessage(String name, double max, double chg, double hyst, double first, double second,
            double ah, long settle, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(max, chg, hyst, first, second, ah, settle))
                .withMessageStartingWith("green-up settings: ")
                .withMessageContaining(message);
    }

    @Test
    void listsEveryError() {
        assertThatIllegalArgumentException().isThrownBy(() -> settings(100, 120, 200, 75, 50, 32, 10))
                .withMessageContaining("I_chg = 120.0 A").withMessageContaining("hysteresis");
    }

    @Test
    void acceptsTheLimits() {
        GreenUpSettings s = settings(100, 100, 100, 100, 0, 0, 0);
        assertThat(s.chargingCurrent()).isEqualTo(100);
    }

    @Test
    void parsesSessionModes() {
        var modes = GreenUpSettings.parseModes(
                new String[] {"CP1=priority", " CP2 = Wait ", "CP3/2=PRIORITY", "CP4=start", "CP5=normal", ""});
        assertThat(modes.get(0)).containsExactly("CP2");
        assertThat(modes.get(1)).containsExactlyInAnyOrder("CP1", "CP3/2");
        GreenUpSettings s = new GreenUpSettings(null, 100, 80, 0, 75, 50, 32, Duration.ZERO, modes.get(0),
                modes.get(1));
        assertThat(s.zoneId()).isEmpty();
        assertThat(s.isPriority("CP1", 2)).isTrue();
        assertThat(s.isPriority("CP3", 2)).isTrue();
        assertThat(s.isPriority("CP3", 1)).isFalse();
        assertThat(s.isWait("CP2", 1)).isTrue();
        assertThat(GreenUpSettings.parseModes(null).get(0)).isEmpty();
        var oneLine = GreenUpSettings.parseModes(new String[] {"CP1=priority, CP2=wait; CP3/2=priority,"});
        assertThat(oneLine).isEqualTo(java.util.List.of(Set.of("CP2"),
                Set.of("CP1", "CP3/2")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CP1                 | is not <station>=<mode>
            =wait               | is not <station>=<mode>
            CP1/0=wait          | is not <station>=<mode>
            CP1=fast            | the mode must be start, wait, normal or priority
            """)
    void rejectsMalformedModes(String entry, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> GreenUpSettings.parseModes(new String[] {entry}))
                .withMessageContaining(message);
    }

    @Test
    void rejectsContradictoryModes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GreenUpSettings.parseModes(new String[] {"CP1=wait", "CP1=start"}))
                .withMessageContaining("CP1 is set to both wait and start");
    }
}
