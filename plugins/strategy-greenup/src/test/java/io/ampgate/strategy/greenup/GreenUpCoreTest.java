package io.ampgate.strategy.greenup;

import static io.ampgate.strategy.greenup.Fixtures.at;
import static io.ampgate.strategy.greenup.Fixtures.charging;
import static io.ampgate.strategy.greenup.Fixtures.connector;
import static io.ampgate.strategy.greenup.Fixtures.free;
import static io.ampgate.strategy.greenup.Fixtures.snapshot;
import static io.ampgate.strategy.greenup.Fixtures.waiting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.strategy.greenup.GreenUpCore.Directive;
import io.ampgate.strategy.greenup.GreenUpCore.Result;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreenUpCoreTest {

    /** I_max 100 A, I_chg 80 A, no hysteresis, steps 75/50 %, 32 Ah, 10 s between actions. */
    private static final GreenUpSettings SETTINGS = new GreenUpSettings("", 100, 80, 0, 75, 50, 32,
            Duration.ofSeconds(10), Set.of(), Set.of());

    private GreenUpSettings settings;
    private GreenUpState state;
    private Result last;

    @BeforeEach
    void reset() {
        settings = SETTINGS;
        state = GreenUpState.INITIAL;
    }

    private Result cycle(EmsSnapshot snapshot) {
        last = GreenUpCore.step(settings, state, snapshot);
        state = last.state();
        return last;
    }

    private Session session(String station) {
        return state.session(station, 1);
    }

    private double cap(String station) {
        return last.directive(station, 1).map(Directive::maxA).orElse(Double.NaN);
    }

    private boolean denied(String station) {
        return last.directive(station, 1).map(Directive::deny).orElse(false);
    }

    // ---- one cycle, from the initial state ----

    @ParameterizedTest(name = "{0} A -> {1}, free connector denied {2}, waiting one: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            60  | GREEN  | false | admit W/1
            79  | GREEN  | false | admit W/1
            80  | YELLOW | true  | reduce R/1 to step 1
            99  | YELLOW | true  | reduce R/1 to step 1
            100 | RED    | true  | 'reduce R/1 by one step'
            140 | RED    | true  | 'reduce R/1 by one step'
            """)
    void firstCycle(double siteAmps, Colour colour, boolean freeDenied, String action) {
        Result r = cycle(snapshot(0, siteAmps, free("F"), waiting("W"), charging("R", 30)));
        assertThat(r.colour()).isEqualTo(colour);
        assertThat(denied("F")).isEqualTo(freeDenied);
        assertThat(r.action()).isEqualTo(action);
        assertThat(denied("W")).isEqualTo(colour != Colour.GREEN);
        assertThat(cap("R")).isEqualTo(colour == Colour.GREEN ? (Double) Double.NaN : (Double) 24.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            yellow without a waiting request does nothing | 90  | R | 30 |     | 
            red reduces even without a waiting request    | 120 | R | 30 |     | 'reduce R/1 by one step'
            no reading holds and acts not                 | NaN | R | 30 | W   | 
            a car that does not draw is not running       | 90  | R | 0  | W   | 
            """)
    void whatACycleDoes(String name, double siteAmps, String runner, double amps, String waiter, String action) {
        EmsSnapshot s = waiter == null ? snapshot(0, siteAmps, charging(runner, amps))
                : snapshot(0, siteAmps, charging(runner, amps), waiting(waiter));
        assertThat(cycle(s).action()).isEqualTo(action);
    }

    @Test
    void withoutAReadingTheColourHoldsAndStartsYellow() {
        assertThat(cycle(snapshot(0, Double.NaN, waiting("W"))).colour()).isEqualTo(Colour.YELLOW);
        assertThat(denied("W")).isTrue();
        cycle(snapshot(10, 50, waiting("W")));
        assertThat(last.colour()).isEqualTo(Colour.GREEN);
        assertThat(last.action()).isEqualTo("admit W/1");
        cycle(snapshot(20, Double.NaN, charging("W", 16)));
        assertThat(last.colour()).isEqualTo(Colour.GREEN);
        assertThat(last.directives()).isEmpty();
    }

    // ---- sequences ----

    @Test
    void yellowReducesStepByStepUntilGreenAdmitsTheWaitingSession() {
        cycle(snapshot(0, 85, charging("A", 30), charging("B", 30), charging("C", 25)));
        assertThat(last.colour()).isEqualTo(Colour.YELLOW);
        assertThat(last.action()).isNull(); // nobody waits: sessions just continue
        assertThat(last.directives()).extracting(Directive::stationId).containsExactly(); // no free connector

        cycle(snapshot(10, 85, charging("A", 30), charging("B", 30), charging("C", 25), waiting("D")));
        assertThat(last.action()).isEqualTo("reduce A/1 to step 1");
        assertThat(cap("A")).isEqualTo(24);
        assertThat(denied("D")).isTrue();
        assertThat(last.directive("D", 1).orElseThrow().reason()).isEqualTo("green-up: yellow, no new session");

        cycle(snapshot(15, 84, charging("A", 24), charging("B", 30), charging("C", 25), waiting("D")));
        assertThat(last.action()).as("within the time between actions").isNull();

        cycle(snapshot(20, 84, charging("A", 24), charging("B", 30), charging("C", 25), waiting("D")));
        assertThat(last.action()).isEqualTo("reduce B/1 to step 1");
        cycle(snapshot(30, 82, charging("A", 24), charging("B", 24), charging("C", 25), waiting("D")));
        assertThat(last.action()).isEqualTo("reduce C/1 to step 1");
        cycle(snapshot(40, 81, charging("A", 24), charging("B", 24), charging("C", 24), waiting("D")));
        assertThat(last.action()).as("all at the first step: the second begins").isEqualTo("reduce A/1 to step 2");
        assertThat(cap("A")).isEqualTo(16);
        assertThat(last.directive("A", 1).orElseThrow().reason())
                .isEqualTo("green-up: yellow, reduction step 2 (50 % of 32 A)");

        cycle(snapshot(50, 73, charging("A", 16), charging("B", 24), charging("C", 24), waiting("D")));
        assertThat(last.colour()).isEqualTo(Colour.GREEN);
        assertThat(last.action()).isEqualTo("admit D/1");
        assertThat(denied("D")).isFalse();
        assertThat(cap("A")).as("reductions hold while D starts").isEqualTo(16);

        cycle(snapshot(60, 79, charging("A", 16), charging("B", 24), charging("C", 24), charging("D", 6)));
        assertThat(last.action()).as("green, nobody waits: the session reduced first rises")
                .isEqualTo("raise A/1 to step 1");
        cycle(snapshot(70, 90, charging("A", 24), charging("B", 24), charging("C", 24), charging("D", 16)));
        assertThat(last.colour()).isEqualTo(Colour.YELLOW);
        assertThat(last.action()).isNull();
        assertThat(session("D").admitted()).isTrue();
        assertThat(denied("D")).isFalse();
    }

    @Test
    void redReducesThenStopsTheLongestConnectedNonPrioritySessionThatHadItsMinimum() {
        settings = new GreenUpSettings("", 100, 80, 0, 75, 50, 32, Duration.ofSeconds(10), Set.of(), Set.of("A"));
        cycle(snapshot(0, 70, charging("A", 32), charging("B", 32)));
        cycle(snapshot(600, 70, charging("A", 32), charging("B", 32), charging("C", 32)));
        cycle(snapshot(3600, 101, charging("A", 32), charging("B", 32), charging("C", 32)));
        assertThat(session("B").deliveredAh()).isCloseTo(32, within(1e-9));
        assertThat(session("C").deliveredAh()).isCloseTo(32 * 3000 / 3600.0, within(1e-9));
        assertThat(last.colour()).isEqualTo(Colour.RED);
        assertThat(last.action()).isEqualTo("reduce B/1, C/1, A/1 by one step");
        assertThat(denied("B")).isFalse();

        cycle(snapshot(3610, 101, charging("A", 24), charging("B", 24), charging("C", 24)));
        assertThat(last.action()).isEqualTo("reduce B/1, C/1, A/1 by one step");
        assertThat(cap("A")).isEqualTo(16);

        cycle(snapshot(3620, 101, charging("A", 16), charging("B", 16), charging("C", 16)));
        assertThat(last.action()).as("A is priority, C has not had 32 Ah").isEqualTo("stop B/1");
        assertThat(cap("B")).isZero();
        assertThat(denied("B")).isTrue();
        assertThat(last.directive("B", 1).orElseThrow().reason()).startsWith("green-up: stopped in red after 32.");

        cycle(snapshot(3630, 101, charging("A", 16), charging("B", 0), charging("C", 16)));
        assertThat(last.action()).as("C is still short of its minimum charge").isNull();
        assertThat(session("C").deliveredAh()).isLessThan(32);
    }

    @Test
    void redStopsNobodyBeforeTheMinimumCharge() {
        cycle(snapshot(0, 120, charging("A", 32)));
        cycle(snapshot(10, 120, charging("A", 24)));
        cycle(snapshot(20, 120, charging("A", 16)));
        assertThat(last.action()).isNull();
        // 16 A for two hours: 32 Ah
        cycle(snapshot(20 + 7200, 120, charging("A", 16)));
        assertThat(session("A").deliveredAh()).isGreaterThanOrEqualTo(32);
        assertThat(last.action()).isEqualTo("stop A/1");
    }

    @Test
    void recoveryResumesTheLongestWaitingFirstThenRaisesTheFirstReduced() {
        cycle(snapshot(0, 120, charging("A", 32), charging("B", 32)));
        cycle(snapshot(3600, 120, charging("A", 24), charging("B", 24)));
        cycle(snapshot(3610, 120, charging("A", 16), charging("B", 16)));
        assertThat(last.action()).isEqualTo("stop A/1");
        cycle(snapshot(3620, 90, charging("A", 0), charging("B", 16), waiting("C")));
        assertThat(last.colour()).isEqualTo(Colour.YELLOW);
        assertThat(last.action()).as("all at step 2: yellow stops nobody").isNull();

        cycle(snapshot(3630, 60, charging("A", 0), charging("B", 16), waiting("C")));
        assertThat(last.action()).as("A waits since 3610, C since 3620").isEqualTo("resume A/1 at step 2");
        assertThat(cap("A")).isEqualTo(16);
        assertThat(denied("C")).isTrue();
        assertThat(last.directive("C", 1).orElseThrow().reason()).isEqualTo("green-up: waiting its turn to start");

        cycle(snapshot(3640, 70, charging("A", 16), charging("B", 16), waiting("C")));
        assertThat(last.action()).isEqualTo("admit C/1");
        cycle(snapshot(3650, 75, charging("A", 16), charging("B", 16), charging("C", 10)));
        assertThat(last.action()).as("A was reduced first").isEqualTo("raise A/1 to step 1");
        cycle(snapshot(3660, 75, charging("A", 24), charging("B", 16), charging("C", 10)));
        assertThat(last.action()).isEqualTo("raise A/1 to full current");
        assertThat(cap("A")).isNaN();
        cycle(snapshot(3670, 75, charging("A", 32), charging("B", 16), charging("C", 10)));
        assertThat(last.action()).isEqualTo("raise B/1 to step 1");
    }

    @Test
    void aPrioritySessionIsFirstInTheQueue() {
        cycle(snapshot(0, 90, waiting("A")));
        cycle(snapshot(5, 90, waiting("A"),
                connector("V", "site", ConnectorStatus.PREPARING, 0, null, 32, 1)));
        cycle(snapshot(10, 50, waiting("A"), connector("V", "site", ConnectorStatus.PREPARING, 0, null, 32, 1)));
        assertThat(last.action()).isEqualTo("admit V/1");
    }

    @Test
    void hysteresisKeepsTheColourInsideTheBand() {
        settings = new GreenUpSettings("", 100, 80, 5, 75, 50, 32, Duration.ZERO, Set.of(), Set.of());
        cycle(snapshot(0, 84, charging("A", 30), waiting("W")));
        assertThat(last.colour()).as("first reading: no band").isEqualTo(Colour.YELLOW);
        cycle(snapshot(1, 76, charging("A", 24), waiting("W")));
        assertThat(last.colour()).isEqualTo(Colour.YELLOW);
        assertThat(last.action()).isEqualTo("reduce A/1 to step 2");
        cycle(snapshot(2, 74.9, charging("A", 16), waiting("W")));
        assertThat(last.colour()).isEqualTo(Colour.GREEN);
        assertThat(last.action()).isEqualTo("admit W/1");
    }

    @Test
    void theOperatorsWaitHoldsTheConnectorAndAsksForNoRoom() {
        settings = new GreenUpSettings("", 100, 80, 0, 75, 50, 32, Duration.ZERO, Set.of("W"), Set.of());
        cycle(snapshot(0, 90, charging("A", 30), waiting("W")));
        assertThat(last.action()).isNull();
        assertThat(cap("W")).isZero();
        assertThat(last.directive("W", 1).orElseThrow().reason()).isEqualTo("green-up: set to Wait by the operator");
        cycle(snapshot(10, 50, charging("A", 30), waiting("W")));
        assertThat(last.action()).isNull();
        assertThat(cap("W")).isZero();
    }

    @Test
    void aSessionSetToWaitWhileChargingIsNeitherReducedNorStopped() {
        settings = new GreenUpSettings("", 100, 80, 0, 75, 50, 0, Duration.ZERO, Set.of("W"), Set.of());
        cycle(snapshot(0, 120, charging("A", 30), charging("W", 30)));
        assertThat(last.action()).isEqualTo("reduce A/1 by one step");
        assertThat(cap("W")).isZero();
        cycle(snapshot(1, 120, charging("A", 24), charging("W", 0)));
        cycle(snapshot(2, 120, charging("A", 16), charging("W", 0)));
        assertThat(last.action()).isEqualTo("stop A/1");
        cycle(snapshot(3, 120, charging("A", 0), charging("W", 0)));
        assertThat(last.action()).isNull();
    }

    @Test
    void forgetsVanishedStationsAndEndedSessions() {
        cycle(snapshot(0, 120, charging("A", 32), charging("B", 32)));
        assertThat(session("A").step()).isEqualTo(1);
        cycle(snapshot(10, 120, charging("B", 24)));
        assertThat(session("A")).isNull();
        cycle(snapshot(20, 50, free("A"), charging("B", 16)));
        assertThat(session("A")).isNull();
        cycle(snapshot(30, 50, charging("A", 32), connector("B", "site", ConnectorStatus.CHARGING, 16, "B-s2", 32, 0)));
        assertThat(session("A").step()).as("a new session starts afresh").isZero();
        assertThat(session("B").sessionId()).isEqualTo("B-s2");
        assertThat(session("B").deliveredAh()).isZero();
        assertThat(session("B").connectedSince()).isEqualTo(at(30));
    }

    @Test
    void chargeGrowsOnlyWithSnapshotTime() {
        cycle(snapshot(0, 50, charging("A", 30)));
        cycle(snapshot(360, 50, charging("A", 20)));
        assertThat(session("A").deliveredAh()).isCloseTo(3.0, within(1e-9));
        cycle(snapshot(300, 50, charging("A", 20)));
        assertThat(session("A").deliveredAh()).as("time going back adds nothing").isCloseTo(3.0, within(1e-9));
        cycle(snapshot(720, 50, charging("A", 20)));
        assertThat(session("A").deliveredAh()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void aSessionIdGivenLaterKeepsTheSession() {
        cycle(snapshot(0, 50, waiting("A")));
        cycle(snapshot(10, 50, charging("A", 30)));
        assertThat(session("A").sessionId()).isEqualTo("A-s1");
        assertThat(session("A").connectedSince()).isEqualTo(at(0));
    }

    @Test
    void managesOnlyTheConfiguredZoneWithItsMeter() {
        settings = new GreenUpSettings("carport", 100, 80, 0, 75, 50, 32, Duration.ZERO, Set.of(), Set.of());
        ConnectorSnapshot inside = connector("IN", "carport", ConnectorStatus.CHARGING, 32, "s", 32, 0);
        ConnectorSnapshot outside = charging("OUT", 32);
        EmsSnapshot s = new EmsSnapshot(at(0), java.util.List.of(Fixtures.SITE, Fixtures.GROUP),
                java.util.Map.of("site", Fixtures.reading(at(0), 50), "carport", Fixtures.reading(at(0), 120)),
                java.util.List.of(inside, outside), java.util.Optional.empty(), java.util.Map.of());
        cycle(s);
        assertThat(last.colour()).isEqualTo(Colour.RED);
        assertThat(last.amps()).isEqualTo(120);
        assertThat(last.action()).isEqualTo("reduce IN/1 by one step");
        assertThat(last.directive("OUT", 1)).isEmpty();
    }

    @Test
    void anUnknownZoneManagesNothing() {
        settings = new GreenUpSettings("nope", 100, 80, 0, 75, 50, 32, Duration.ZERO, Set.of(), Set.of());
        cycle(snapshot(0, 120, charging("A", 32)));
        assertThat(last.directives()).isEmpty();
        assertThat(last.amps()).isNaN();
    }
}
