package io.ampgate.strategy.greenup;

import static io.ampgate.strategy.greenup.Fixtures.charging;
import static io.ampgate.strategy.greenup.Fixtures.free;
import static io.ampgate.strategy.greenup.Fixtures.snapshot;
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
}
