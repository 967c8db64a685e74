package io.ampgate.ems.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.ems.cycle.SetpointPlan.Plan;
import io.ampgate.ems.cycle.SetpointPlan.Settings;
import io.ampgate.ems.cycle.SetpointPlan.Step;
import io.ampgate.ems.cycle.SetpointPlan.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which setpoints a cycle sends, in which wave, and how far an increase goes. */
class SetpointPlanTest {
    private static final Settings SETTINGS = new Settings(1.0, 4.0);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                                  | sent | target | wave     | setpoint
        "a reduction goes at once to its target  | 32   | 10     | REDUCE   | 10",
        "a small reduction is still sent         | 16   | 15.5   | REDUCE   | 15.5",
        "a pause is a reduction to 0             | 16   | 0      | REDUCE   | 0",
        "an increase is ramped                   | 10   | 32     | INCREASE | 14",
        "the last ramp step lands on the target  | 30   | 32     | INCREASE | 32",
        "a start goes to the minimum at least    | 0    | 20     | INCREASE | 6",
        "a start to the minimum                  | 0    | 6      | INCREASE | 6",
        "a small increase waits (hysteresis)     | 16   | 16.8   | NONE     | 0",
        "no change, nothing sent                 | 16   | 16     | NONE     | 0",
        "never sent counts as paused             | NaN  | 8      | INCREASE | 6",
        "never told, idle: held at 0 once        | NaN  | 0      | REDUCE   | 0",
    })
    void oneConnector(String name, double sent, double target, String wave, double setpoint) {
        Plan plan = SetpointPlan.plan(List.of(new Target("CP1/1", sent, target, 6)), SETTINGS);

        switch (wave) {
            case "REDUCE" -> {
                assertThat(plan.increases()).isEmpty();
                assertThat(plan.reductions()).singleElement().extracting(Step::setpoint).isEqualTo(setpoint);
            }
            case "INCREASE" -> {
                assertThat(plan.reductions()).isEmpty();
                assertThat(plan.increases()).singleElement().extracting(Step::setpoint).isEqualTo(setpoint);
            }
            default -> assertThat(plan.reductions()).isEmpty();
        }
        if (wave.equals("NONE")) {
            assertThat(plan.increases()).isEmpty();
        }
    }

    @Test
    void powerMovesFromOneCarToAnotherReductionFirst() {
        Plan plan = SetpointPlan.plan(List.of(new Target("CP2/1", 6, 30, 6), new Target("CP1/1", 32, 8, 6)),
                new Settings(0.5, 32));

        assertThat(plan.reductions()).containsExactly(new Step("CP1/1", 8, 32));
        assertThat(plan.increases()).containsExactly(new Step("CP2/1", 30, 6));
    }

    @Test
    void wavesAreOrderedByConnectorSoThatTheSameInputGivesTheSamePlan() {
        List<Target> targets = List.of(new Target("B/1", 20, 10, 6), new Target("A/2", 20, 10, 6),
                new Target("C/1", 0, 16, 6), new Target("A/1", 0, 16, 6));

        Plan plan = SetpointPlan.plan(targets, SETTINGS);

        assertThat(plan.reductions()).extracting(Step::connector).containsExactly("A/2", "B/1");
        assertThat(plan.increases()).extracting(Step::connector).containsExactly("A/1", "C/1");
    }

    @Test
    void settingsAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Settings(-1, 4)).withMessageContaining("hysteresis");
        assertThatIllegalArgumentException().isThrownBy(() -> new Settings(1, 0)).withMessageContaining("ramp step");
    }
}
