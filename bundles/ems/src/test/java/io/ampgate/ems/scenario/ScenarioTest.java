package io.ampgate.ems.scenario;

import static io.ampgate.ems.scenario.SimSite.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.ems.cycle.ControlStep;
import io.ampgate.ems.cycle.SetpointPlan;
import io.ampgate.ems.scenario.SimSite.Car;
import io.ampgate.strategy.dynamic.DynamicLimitStrategy;
import io.ampgate.strategy.greenup.GreenUpStrategy;
import io.ampgate.strategy.gridsignal.GridSignalStrategy;
import io.ampgate.strategy.pv.PvStrategy;
import io.ampgate.strategy.staticlimit.StaticLimitStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Scenarios on a simulated site and a virtual clock (1 s per cycle), with the real strategies: see
 * {@link SimSite}. No sleeps: the whole class runs in a few seconds.
 */
class ScenarioTest {

    private static StaticLimitStrategy staticLimits() {
        return new StaticLimitStrategy(config(StaticLimitStrategy.Config.class, Map.of()));
    }

    private static DynamicLimitStrategy dynamic() {
        return new DynamicLimitStrategy(config(DynamicLimitStrategy.Config.class, Map.of()));
    }

    @Test
    void theSeedsExampleSixtyAmpsTwoCarsThenAThird() {
        SimSite site = new SimSite().zone("site", null, 60, false, 16)
                .station("CP1", "site", PhaseRotation.L1_L2_L3).station("CP2", "site", PhaseRotation.L2_L3_L1)
                .station("CP3", "site", PhaseRotation.L3_L1_L2)
                .car("CP1", "car1", 3, 32).car("CP2", "car2", 3, 32)
                .car("CP3", new Car("car3", 3, 32, Double.MAX_VALUE, 60, Long.MAX_VALUE, false))
                .strategy(staticLimits());

        site.run(60);
        assertThat(site.draw("car1")).isEqualTo(30);
        assertThat(site.draw("car2")).isEqualTo(30);

        site.run(60);
        assertThat(List.of(site.draw("car1"), site.draw("car2"), site.draw("car3"))).containsOnly(20.0);
        assertThat(site.siteCurrent().max()).isEqualTo(60);
        assertThat(site.overloadAs).isZero();
        // the third car waited for the reductions: it started one cycle after it arrived
        assertThat(site.car("car3").firstDrawAt).isEqualTo(61);
    }

    @Test
    void aBaseLoadStepIsAnsweredWithinTheReactionWindow() {
        SimSite site = new SimSite().zone("site", null, 100, true, 16)
                .base("site", s -> PhaseValues.all(s < 300 ? 20 : 60))
                .station("CP1", "site", PhaseRotation.L1_L2_L3).station("CP2", "site", PhaseRotation.L2_L3_L1)
                .station("CP3", "site", PhaseRotation.L3_L1_L2)
                .car("CP1", "car1", 3, 32).car("CP2", "car2", 3, 32).car("CP3", "car3", 3, 32)
                .strategy(staticLimits()).strategy(dynamic());

        site.run(300);
        assertThat(site.draw("car1")).as("80 A / 3, ramped, within the 1 A hysteresis").isCloseTo(80 / 3.0, within(1.0));
        assertThat(site.overloadAs).isZero();

        double cars = site.draw("car1") + site.draw("car2") + site.draw("car3");
        site.step(); // t = 300: the building jumps by 40 A, the cars still draw their old setpoint
        assertThat(site.siteCurrent().max()).isCloseTo(60 + cars, within(1e-9)).isGreaterThan(100);
        site.step(); // t = 301: the reductions sent at 300 apply
        assertThat(site.draw("car1")).isCloseTo(40 / 3.0, within(1e-9));
        assertThat(site.siteCurrent().max()).isLessThanOrEqualTo(100 + 1e-9);

        site.run(600);
        assertThat(site.overloadAs).as("only the second of the step, on three phases")
                .isCloseTo(3 * (60 + cars - 100), within(1e-6));
        assertThat(site.overloadOutsideWindowAs).isZero();
        assertThat(site.draw("car3")).isCloseTo(40 / 3.0, within(1e-9));
    }

    @Test
    void aSilentSiteMeterPutsTheSiteOnItsFallbackLimitUntilItSpeaksAgain() {
        SimSite site = new SimSite().zone("site", null, 63, true, 16)
                .base("site", s -> PhaseValues.all(13))
                .station("CP1", "site", PhaseRotation.L1_L2_L3).station("CP2", "site", PhaseRotation.L1_L2_L3)
                .car("CP1", "car1", 3, 32).car("CP2", "car2", 3, 32)
                .strategy(staticLimits()).strategy(dynamic());

        site.run(100);
        assertThat(site.draw("car1")).as("25 A, within the 1 A hysteresis").isCloseTo(25, within(1.0));
        assertThat(site.decision().alerts()).isEmpty();

        site.siteMeterSilent = true;
        site.run(10); // up to the meter timeout (10 s) nothing changes
        assertThat(site.decision().alerts()).isEmpty();
        assertThat(site.draw("car1")).isEqualTo(25);
        site.run(2);
        assertThat(site.decision().alerts()).containsOnlyKeys("meter-silent:site");
        assertThat(site.decision().zones().get("site").cap().max()).isEqualTo(16);
        site.step();
        assertThat(site.draw("car1")).isEqualTo(8);
        assertThat(site.draw("car2")).isEqualTo(8);

        site.run(100);
        assertThat(site.decision().alerts()).containsOnlyKeys("meter-silent:site");
        assertThat(site.draw("car1")).isEqualTo(8);

        site.siteMeterSilent = false;
        site.step();
        assertThat(site.decision().alerts()).isEmpty();
        assertThat(site.decision().zones().get("site").capBy().get("L1")).startsWith("dynamic");
        site.run(30); // ramped back up by 4 A a cycle
        assertThat(site.draw("car1")).isCloseTo(25, within(1.0));
        assertThat(site.overloadAs).isZero();
    }

    @Test
    void aPassingCloudOnPvChargingFollowsTheSurplusWithoutFlapping() {
        // 2 A a phase of base load (1380 W); 5 kW of sun, a 2 min cloud, then a 15 min cloud
        SimSite site = new SimSite().zone("site", null, 63, true, 16)
                .base("site", s -> PhaseValues.all(2))
                .station("CP1", "site", PhaseRotation.L2_L3_L1)
                .car("CP1", "car1", 1, 32)
                .strategy(staticLimits()).strategy(dynamic())
                .strategy(new PvStrategy(config(PvStrategy.Config.class, Map.of())));
        site.pvWatts = s -> (s >= 600 && s < 720) || (s >= 1200 && s < 2100) ? 500 : 5000;

        site.run(59);
        assertThat(site.draw("car1")).as("start delay 60 s").isZero();
        site.run(30);
        double surplusA = (5000 - 3 * 2 * 230) / 230.0;
        assertThat(site.draw("car1")).isCloseTo(surplusA, within(1.0));
        assertThat(site.car("car1").starts).isEqualTo(1);

        site.run(600 - 89 + 60); // in the short cloud: minimum power for continuity, no stop
        assertThat(site.draw("car1")).isEqualTo(6);
        site.run(1200 - 660 + 60); // sun again, then into the long cloud
        assertThat(site.car("car1").stops).as("a 2 min cloud is shorter than the stop delay").isZero();
        site.run(300); // the stop delay (300 s) has passed
        assertThat(site.draw("car1")).isZero();
        assertThat(site.car("car1").stops).isEqualTo(1);
        site.run(2100 - 1560 + 30); // the sun is back but not for the start delay yet
        assertThat(site.draw("car1")).isZero();
        site.run(60);
        assertThat(site.draw("car1")).isCloseTo(surplusA, within(1.0));
        assertThat(site.car("car1").starts).isEqualTo(2);
        assertThat(site.car("car1").stops).isEqualTo(1);
        assertThat(site.overloadAs).isZero();
    }

    @Test
    void aThreePhaseCarOnPvKeepsItsMinimumUnderACloudThenPausesNeverBelowSixAmps() {
        // PV's default continuity minimum, 1380 W, is 2 A a phase for a three-phase car: below the
        // IEC 61851 minimum, so under the cloud the charging car keeps its own 6 A until the stop delay
        // (300 s) has passed, and then pauses; it is never sent 2 A
        SimSite site = new SimSite().zone("site", null, 63, true, 16)
                .base("site", s -> PhaseValues.all(2))
                .station("CP1", "site", PhaseRotation.L1_L2_L3)
                .car("CP1", "car1", 3, 32)
                .strategy(staticLimits()).strategy(dynamic())
                .strategy(new PvStrategy(config(PvStrategy.Config.class, Map.of())));
        site.pvWatts = s -> s < 300 ? 8000 : 500;
        List<Double> setpoints = new ArrayList<>();
        for (int s = 0; s < 700; s++) {
            site.step();
            setpoints.add(site.draw("car1"));
        }
        assertThat(setpoints.subList(100, 300)).allSatisfy(a -> assertThat(a).isCloseTo((8000 - 1380) / 690.0,
                within(1.0)));
        assertThat(setpoints.subList(310, 590)).allSatisfy(a -> assertThat(a).isEqualTo(6.0));
        assertThat(setpoints.subList(620, 700)).allSatisfy(a -> assertThat(a).isZero());
        assertThat(setpoints).noneMatch(a -> a > 0 && a < 6);
        assertThat(site.decision().connectors().get("CP1/1").reason()).isEqualTo("NO_CURRENT_IN_BOUNDS");
    }

    @Test
    void aConstrainedThenLostGridSignalCapsTheSite() {
        SimSite site = new SimSite().zone("site", null, 60, false, 24)
                .station("CP1", "site", PhaseRotation.L1_L2_L3).station("CP2", "site", PhaseRotation.L2_L3_L1)
                .station("CP3", "site", PhaseRotation.L3_L1_L2)
                .car("CP1", "car1", 3, 32).car("CP2", "car2", 3, 32).car("CP3", "car3", 3, 32)
                .strategy(staticLimits())
                .strategy(new GridSignalStrategy(config(GridSignalStrategy.Config.class,
                        Map.of("signalTimeoutSeconds", 60.0))));
        site.signal = GridSignal.favorable(site.now());
        site.run(30);
        assertThat(site.siteCurrent().max()).isEqualTo(60);

        site.signal = GridSignal.constrained(site.now(), PhaseValues.all(30), OptionalInt.empty());
        site.run(2);
        assertThat(site.siteCurrent().max()).isEqualTo(30);
        assertThat(site.decision().zones().get("site").capBy().get("L1")).startsWith("grid-signal: grid signal CONSTRAINED");
        site.run(20);
        assertThat(List.of(site.draw("car1"), site.draw("car2"), site.draw("car3"))).containsOnly(10.0);

        site.signal = GridSignal.lost(site.now());
        site.run(2);
        assertThat(site.siteCurrent().max()).isEqualTo(24);
        assertThat(site.decision().zones().get("site").capBy().get("L1")).contains("grid signal LOST");

        // favorable again, then the source falls silent: lost once the signal is older than 60 s
        site.signal = GridSignal.favorable(site.now());
        site.run(30);
        assertThat(site.siteCurrent().max()).isEqualTo(60);
        site.run(32);
        assertThat(site.decision().zones().get("site").cap().max()).as("lost 61 s after the last signal")
                .isEqualTo(24);
        site.step();
        assertThat(site.siteCurrent().max()).isEqualTo(24);
        assertThat(site.decision().zones().get("site").capBy().get("L1")).contains("s old");
    }

    @Test
    void greenUpTrafficLightEndToEnd() {
        // the worked example's site: I_max 100 A, I_chg 90 A, hysteresis 2 %, CP1 priority; the
        // building 30 A, then 10 A, then (once every car has had its 32 Ah) 60 A, then 20 A
        GreenUpStrategy greenUp = new GreenUpStrategy(config(GreenUpStrategy.Config.class, Map.of(
                "maxCurrent", 100.0, "chargingCurrent", 90.0, "hysteresisPercent", 2.0,
                "sessionModes", new String[] {"CP1=priority"})));
        SimSite site = new SimSite().zone("site", null, 150, true, 100)
                .base("site", s -> PhaseValues.all(s < 1200 ? 30 : s < 10_800 ? 10 : s < 12_000 ? 60 : 20))
                .station("CP1", "site", PhaseRotation.L1_L2_L3).station("CP2", "site", PhaseRotation.L1_L2_L3)
                .station("CP3", "site", PhaseRotation.L1_L2_L3)
                .car("CP1", "car1", 3, 32).car("CP2", "car2", 3, 32)
                .car("CP3", new Car("car3", 3, 32, Double.MAX_VALUE, 600, Long.MAX_VALUE, false))
                .strategy(staticLimits()).strategy(greenUp);
        List<String> actions = new ArrayList<>();
        long redSeconds = 0;
        long longestRed = 0;
        long red = 0;
        for (int s = 0; s < 13_200; s++) {
            site.step();
            var r = greenUp.lastResult();
            if (r.action() != null) {
                actions.add(r.colour() + " " + r.action());
            }
            red = r.colour().name().equals("RED") ? red + 1 : 0;
            redSeconds += red > 0 ? 1 : 0;
            longestRed = Math.max(longestRed, red);
            if (s == 599) {
                assertThat(r.colour().name()).isEqualTo("YELLOW"); // 30 + 2 x 32 = 94 A
            }
        }
        assertThat(actions).containsSubsequence("GREEN admit CP1/1", "GREEN admit CP2/1",
                "YELLOW reduce CP2/1 to step 1", "GREEN admit CP3/1", "RED reduce CP3/1, CP2/1, CP1/1 by one step",
                "GREEN raise CP2/1 to step 1", "GREEN raise CP2/1 to full current",
                "RED reduce CP2/1, CP3/1, CP1/1 by one step", "RED reduce CP2/1, CP3/1 by one step",
                "RED stop CP2/1", "GREEN resume CP2/1 at step 2");
        assertThat(longestRed).as("red is left within a few settle times").isLessThanOrEqualTo(40);
        assertThat(site.siteCurrent().max()).isLessThan(100);
        assertThat(site.overloadAs).isZero();
        System.out.println("green-up actions: " + actions + ", red for " + redSeconds + " s");
    }

    @Test
    void aWaitingCarGetsItsTurnWhenAnotherFinishes() {
        // 24 A: room for four cars at the 6 A minimum; car1 is full after ~7 min and leaves
        ControlStep.Settings noRotation = new ControlStep.Settings(new SetpointPlan.Settings(1, 4),
                Duration.ofHours(1));
        SimSite site = fiveCarsOnTwentyFourAmps().settings(noRotation);

        site.run(30);
        assertThat(site.draw("car5")).isZero();
        assertThat(site.decision().connectors().get("CP5/1").reason()).isEqualTo("WAITING_FOR_POWER");
        site.run(3600);
        long left = (long) Math.ceil(500 / (6 * 3 * 230 / 3600.0));
        assertThat(site.car("car5").firstDrawAt).isBetween(left, left + 2);
        assertThat(site.overloadAs).isZero();
    }

    @Test
    void withoutAnyoneFinishingPowerRotatesAfterTheMinimumOnTime() {
        SimSite site = fiveCarsOnTwentyFourAmps();
        site.run(1800);
        assertThat(site.cars).allSatisfy(c -> assertThat(c.firstDrawAt).as(c.name).isBetween(0L, 400L));
        assertThat(site.cars).allSatisfy(c -> assertThat(c.stops).as(c.name + " paused").isLessThanOrEqualTo(
                1800 / 120));
        assertThat(site.overloadAs).isZero();
    }

    private static SimSite fiveCarsOnTwentyFourAmps() {
        SimSite site = new SimSite().zone("site", null, 24, false, 16).strategy(staticLimits());
        for (int i = 1; i <= 5; i++) {
            site.station("CP" + i, "site", PhaseRotation.L1_L2_L3);
        }
        site.car("CP1", new Car("car1", 3, 32, 500, 0, Long.MAX_VALUE, true));
        for (int i = 2; i <= 5; i++) {
            site.car("CP" + i, "car" + i, 3, 32);
        }
        return site;
    }
}
