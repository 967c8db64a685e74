package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Green-up (the traffic light) on the running gateway, with real sockets (see {@link MeteredSite}):
 * the grid meter is the total-consumption meter, I_max 60 A and I_chg 50 A on its fullest phase
 * (L1, where all three cars draw), band 2 % (1.2 A), steps 75 % and 50 % of the 32 A rating, CP-D1
 * a priority station. The zone's own limit (63 A, static) is not what holds the cars: green-up is.
 * <ol>
 * <li>The cars are admitted one by one and reduced by steps until the light is no longer red; all
 * three end up charging, L1 below I_max + band.</li>
 * <li>The building's load on L1 rises to 25 A: red, every car already at the second step, so one
 * session is stopped: the non-priority one connected longest (CP-D2), never the priority one.</li>
 * <li>The load falls to nothing: green, the stopped session resumes and everyone charges.</li>
 * </ol>
 */
class GreenUpIT {
    /** How long the cars' limits must stay put to count as steady: longer than the 3 s green-up waits between two actions. */
    private static final Duration STEADY = Duration.ofSeconds(4);
    private static final MeteredSite.Plugin GREEN_UP = new MeteredSite.Plugin("strategy-greenup",
            "io.ampgate.strategy.greenup", """
                    maxCurrent = 60
                    chargingCurrent = 50
                    hysteresisPercent = 2
                    settleSeconds = 3
                    minimumChargeAh = 0.01
                    sessionModes = CP-D1=priority
                    """, "io.ampgate.strategy.greenup.GreenUpStrategy");

    @Test
    void theTrafficLightAdmitsReducesStopsAndResumesSessions(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir); ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen()) {
            // a car paused by green-up may start again after 3 s (instead of 60 s)
            site.run(s -> {
                try (MeteredSite metered = MeteredSite.start(s, slave, Duration.ofMillis(500), Duration.ofMinutes(4),
                        "minOffSeconds = 3\n", List.of(GREEN_UP), m -> {
                        })) {
                    scenario(metered);
                }
            });
            // what the light did, for the test's report
            site.log().lines().filter(l -> l.contains("green-up: ")).forEach(l -> System.out.println("GreenUpIT: " + l));
        }
    }

    private static void scenario(MeteredSite s) throws Exception {
        // (1) admitted one by one, reduced by steps: all three charge and the light is not red
        s.awaitSteady(STEADY, "all three cars charging under green-up", () -> s.limits().stream().allMatch(l -> l >= 6)
                && s.meter.total()[0] < 60 + 1.2);
        String decision = s.site.command("ems:decision");
        assertThat(decision).contains("green-up: ").contains("reduction step");
        assertThat(s.site.command("greenup:mode")).startsWith("light ").doesNotContain("light RED")
                .containsPattern("CP-D1/1 +start +priority +charging");
        assertThat(s.site.log()).contains("green-up: light GREEN").contains("green-up: admit CP-D1/1");

        // (2) the building draws 25 A on L1 (was 10): red with every car at its second step, so one session stops
        s.loadOnL1(25);
        s.awaitSteady(STEADY, "one session stopped in red", () -> s.limits().get(1) == 0);
        assertThat(s.limits().get(0)).as("the priority station is never stopped").isGreaterThanOrEqualTo(6);
        assertThat(s.limits().get(2)).isGreaterThanOrEqualTo(6);
        assertThat(s.meter.total()[0]).isLessThan(60 + 1.2);
        assertThat(s.site.command("ems:decision")).containsPattern("CP-D2/1 .*green-up: stopped in red after");
        assertThat(s.site.command("greenup:mode")).containsPattern("CP-D2/1 +start +normal +stopped +step 2");
        assertThat(s.site.log()).contains("green-up: stop CP-D2/1");

        // (3) the building's load falls away: green, the stopped session resumes
        s.loadOnL1(0);
        s.awaitSteady(STEADY, "the stopped session resumed", () -> s.limits().stream().allMatch(l -> l >= 6));
        assertThat(s.site.log()).contains("green-up: resume CP-D2/1 at step 2");
        assertThat(s.meter.total()[0]).isLessThan(60 + 1.2);
    }
}
