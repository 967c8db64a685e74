package io.ampgate.strategy.greenup;

import static io.ampgate.strategy.greenup.Fixtures.at;
import static io.ampgate.strategy.greenup.Fixtures.charging;
import static io.ampgate.strategy.greenup.Fixtures.free;
import static io.ampgate.strategy.greenup.Fixtures.snapshot;
import static io.ampgate.strategy.greenup.Fixtures.waiting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.api.ems.Constraints;
import io.ampgate.api.unit.PhaseValues;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreenUpStrategyTest {

    private static final class Recorder implements Constraints {
        final List<String> calls = new ArrayList<>();

        @Override
        public void capZone(String zoneId, PhaseValues cap, String reason) {
            calls.add("cap " + zoneId);
        }

        @Override
        public void boundConnector(String stationId, int connector, double minA, double maxA, String reason) {
            calls.add("bound " + stationId + "/" + connector + " " + minA + ".." + maxA + " " + reason);
        }

        @Override
        public void weight(String stationId, int connector, double weight, String reason) {
            calls.add("weight");
        }

        @Override
        public void denyAdmission(String stationId, int connector, String reason) {
            calls.add("deny " + stationId + "/" + connector + " " + reason);
        }

        @Override
        public void limitSessions(String zoneId, int max, String reason) {
            calls.add("limit");
        }
    }

    private static GreenUpStrategy.Config config(double max, double chg, double first, double second,
            String... modes) {
        return new GreenUpStrategy.Config() {
            @Override public Class<? extends Annotation> annotationType() { return GreenUpStrategy.Config.class; }
            @Override public String zone() { return ""; }
            @Override public double maxCurrent() { return max; }
            @Override public double chargingCurrent() { return chg; }
            @Override public double hysteresisPercent() { return 0; }
            @Override public double firstStepPercent() { return first; }
            @Override public double secondStepPercent() { return second; }
            @Override public double minimumChargeAh() { return 32; }
            @Override public int settleSeconds() { return 10; }
            @Override public String[] sessionModes() { return modes; }
        };
    }

    @Test
    void writesCapsAndDenialsAndKeepsItsStateBetweenCycles() {
        GreenUpStrategy strategy = new GreenUpStrategy(config(100, 80, 75, 50, "F=priority"));
        assertThat(strategy.id()).isEqualTo("green-up");
        Recorder r = new Recorder();
        strategy.shape(snapshot(0, 120, charging("A", 32), free("F")), r);
        assertThat(r.calls).containsExactly(
                "bound A/1 0.0..24.0 green-up: red, reduction step 1 (75 % of 32 A)",
                "deny F/1 green-up: red, no new session");
        r = new Recorder();
        strategy.shape(snapshot(10, 120, charging("A", 24), free("F")), r);
        assertThat(r.calls).first().asString().startsWith("bound A/1 0.0..16.0");
        assertThat(strategy.lastResult().colour()).isEqualTo(Colour.RED);
    }

    @Test
    void refusesABadConfiguration() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GreenUpStrategy(config(100, 120, 75, 50)))
                .withMessageContaining("must not exceed");
        assertThatIllegalArgumentException().isThrownBy(() -> new GreenUpStrategy(config(100, 80, 50, 75)))
                .withMessageContaining("must be below the first");
        assertThatIllegalArgumentException().isThrownBy(() -> new GreenUpStrategy(config(100, 80, 75, 50, "CP1")))
                .withMessageContaining("'CP1' is not");
    }

    @Test
    void theOperatorSetsWaitForOneSessionOnly() {
        GreenUpStrategy strategy = new GreenUpStrategy(config(100, 80, 75, 50));
        strategy.shape(snapshot(0, 40, charging("A", 16)), new Recorder());
        assertThat(strategy.mode("A", "wait")).isEqualTo("A/1: wait for this session (from the next cycle)");
        assertThat(strategy.mode()).contains("A/1").contains("wait").contains("(operator)");

        Recorder r = new Recorder();
        strategy.shape(snapshot(10, 40, charging("A", 16)), r);
        assertThat(r.calls).containsExactly("bound A/1 0.0..0.0 green-up: set to Wait by the operator",
                "deny A/1 green-up: set to Wait by the operator");

        strategy.mode("A/1", "start");
        r = new Recorder();
        strategy.shape(snapshot(20, 40, charging("A", 0)), r);
        assertThat(r.calls).noneMatch(c -> c.contains("Wait"));

        // the next session on the connector starts as configured
        strategy.mode("A", "wait");
        strategy.shape(snapshot(30, 40, Fixtures.free("A")), new Recorder());
        r = new Recorder();
        strategy.shape(snapshot(40, 40, charging("A", 16)), r);
        assertThat(r.calls).noneMatch(c -> c.contains("Wait"));
    }

    @Test
    void aSessionTheOperatorMakesPriorityStartsBeforeOneThatWaitedLonger() {
        GreenUpStrategy strategy = new GreenUpStrategy(config(100, 80, 75, 50));
        strategy.shape(snapshot(0, 90, waiting("B")), new Recorder()); // yellow: B waits
        strategy.shape(snapshot(5, 90, waiting("B"), waiting("C")), new Recorder());
        strategy.mode("C", "priority");

        Recorder r = new Recorder();
        strategy.shape(snapshot(20, 40, waiting("B"), waiting("C")), r); // green: one admitted
        assertThat(r.calls).containsExactly("deny B/1 green-up: waiting its turn to start");
        assertThat(strategy.mode()).containsPattern("C/1 +start +priority +\\(operator\\)");
    }

    @Test
    void refusesAnUnknownModeOrAConnectorWithoutSession() {
        GreenUpStrategy strategy = new GreenUpStrategy(config(100, 80, 75, 50));
        assertThat(strategy.mode()).isEqualTo("no session under green-up");
        assertThatIllegalArgumentException().isThrownBy(() -> strategy.mode("A", "wait"))
                .withMessage("no session on A/1 under green-up");
        strategy.shape(snapshot(0, 40, charging("A", 16)), new Recorder());
        assertThatIllegalArgumentException().isThrownBy(() -> strategy.mode("A", "later"))
                .withMessageContaining("the mode must be start, wait, normal or priority");
        assertThatIllegalArgumentException().isThrownBy(() -> strategy.mode("A/x", "wait"))
                .withMessageContaining("station/connector");
    }

    @Test
    void theModeListingShowsTheLightAndTheLastAction() {
        GreenUpStrategy strategy = new GreenUpStrategy(config(100, 80, 75, 50));
        strategy.shape(snapshot(0, 40, charging("A", 16)), new Recorder());
        assertThat(strategy.mode()).startsWith("light GREEN at 40.0 A (I_chg 80.0 A, I_max 100.0 A, band 0.0 A)\n")
                .doesNotContain("last action");
        strategy.shape(snapshot(20, 120, charging("A", 16)), new Recorder());
        assertThat(strategy.mode().lines().findFirst().orElseThrow())
                .isEqualTo("light RED at 120.0 A (I_chg 80.0 A, I_max 100.0 A, band 0.0 A); last action: reduce A/1 by"
                        + " one step at " + at(20));
        assertThat(strategy.mode()).contains("A/1").contains("step 1");
    }
}
