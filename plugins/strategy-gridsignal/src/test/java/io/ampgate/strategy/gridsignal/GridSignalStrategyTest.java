package io.ampgate.strategy.gridsignal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.api.ems.Constraints;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.signal.GridSignal;
import io.ampgate.api.signal.GridSignalLevel;
import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridSignalStrategyTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final List<Zone> ZONES = List.of(
            new Zone("site", null, "Site", ZoneKind.SITE, PhaseValues.all(100), "m0", PhaseValues.all(25)),
            new Zone("panel", "site", "Panel", ZoneKind.PANEL, PhaseValues.all(63), null, PhaseValues.all(16)));

    /** "16" -> {16}; "16/10/10" -> {16, 10, 10}; "-" -> {}. */
    private static double[] amps(String text) {
        return text.equals("-") ? new double[0]
                : Arrays.stream(text.split("/")).mapToDouble(Double::parseDouble).toArray();
    }

    /** "16/10/10" -> {"16", "10", "10"}; "20, 10, 10" stays one entry (as a .cfg line gives it); "-" -> {}. */
    private static String[] entries(String text) {
        return text.equals("-") ? new String[0] : text.split("/");
    }

    private static GridSignalStrategy strategy(double timeout, String reducedCap, int reducedSessions, String lostCap) {
        return new GridSignalStrategy(new GridSignalStrategy.Config() {
            @Override public Class<? extends Annotation> annotationType() { return GridSignalStrategy.Config.class; }
            @Override public double signalTimeoutSeconds() { return timeout; }
            @Override public String[] reducedCap() { return entries(reducedCap); }
            @Override public int reducedMaxSessions() { return reducedSessions; }
            @Override public String[] lostCap() { return entries(lostCap); }
        });
    }

    /** Runs the strategy at {@code T0 + at} and returns its calls as "method zone value | reason". */
    private static List<String> shape(GridSignalStrategy strategy, long at, Optional<GridSignal> signal) {
        List<String> calls = new ArrayList<>();
        Constraints recorder = (Constraints) Proxy.newProxyInstance(Constraints.class.getClassLoader(),
                new Class<?>[] {Constraints.class}, (proxy, method, args) -> {
                    Object value = args[1] instanceof PhaseValues v ? v.l1() + "/" + v.l2() + "/" + v.l3() : args[1];
                    calls.add(method.getName() + " " + args[0] + " " + value + " | " + args[2]);
                    return null;
                });
        strategy.shape(new EmsSnapshot(T0.plusSeconds(at), ZONES, Map.of(), List.of(), signal, Map.of()), recorder);
        return calls;
    }

    private static Optional<GridSignal> signal(String level, String cap, int sessions) {
        if (level.equals("NONE")) {
            return Optional.empty();
        }
        double[] a = amps(cap);
        PhaseValues values = a.length == 0 ? PhaseValues.none()
                : a.length == 1 ? PhaseValues.all(a[0]) : PhaseValues.of(a[0], a[1], a[2]);
        return Optional.of(new GridSignal(GridSignalLevel.valueOf(level), T0, values,
                sessions < 0 ? OptionalInt.empty() : OptionalInt.of(sessions)));
    }

    @ParameterizedTest(name = "[{index}] {4} cap {5} sessions {6} at +{7} s")
    @CsvSource(delimiter = ';', textBlock = """
            # timeout; reduced cap; reduced sessions; lost cap; signal; its cap; its sessions; cycle at; expected calls
            300; 16;       -1; -;  FAVORABLE;   -;        -1; 0;   ''
            300; 16;       -1; -;  FAVORABLE;   -;        -1; 300; ''
            300; 16;       -1; -;  CONSTRAINED; -;        -1; 0;   capZone site 16.0/16.0/16.0 | grid signal CONSTRAINED: site at 16.0/16.0/16.0 A (reduced mode)
            300; 20/10/10; -1; -;  CONSTRAINED; -;        -1; 0;   capZone site 20.0/10.0/10.0 | grid signal CONSTRAINED: site at 20.0/10.0/10.0 A (reduced mode)
            300; 16;       2;  -;  CONSTRAINED; -;        -1; 0;   capZone site 16.0/16.0/16.0 | grid signal CONSTRAINED: site at 16.0/16.0/16.0 A (reduced mode) && limitSessions site 2 | grid signal CONSTRAINED: at most 2 sessions (reduced mode)
            300; -;        3;  -;  CONSTRAINED; -;        -1; 0;   limitSessions site 3 | grid signal CONSTRAINED: at most 3 sessions (reduced mode)
            300; 16;       2;  -;  CONSTRAINED; 40;       -1; 0;   capZone site 40.0/40.0/40.0 | grid signal CONSTRAINED: site at 40.0/40.0/40.0 A (from the signal)
            300; 16;       2;  -;  CONSTRAINED; -;        1;  0;   limitSessions site 1 | grid signal CONSTRAINED: at most 1 sessions (from the signal)
            300; 16;       -1; -;  CONSTRAINED; 32/0/0;   4;  0;   capZone site 32.0/0.0/0.0 | grid signal CONSTRAINED: site at 32.0/0.0/0.0 A (from the signal) && limitSessions site 4 | grid signal CONSTRAINED: at most 4 sessions (from the signal)
            300; 16;       -1; -;  CONSTRAINED; -;        -1; 299; capZone site 16.0/16.0/16.0 | grid signal CONSTRAINED: site at 16.0/16.0/16.0 A (reduced mode)
            300; 16;       -1; -;  CONSTRAINED; -;        -1; 301; capZone site 25.0/25.0/25.0 | grid signal LOST: last signal (CONSTRAINED) 301 s old, timeout 300 s, fallback 25.0/25.0/25.0 A
            300; 16;       -1; -;  FAVORABLE;   -;        -1; 301; capZone site 25.0/25.0/25.0 | grid signal LOST: last signal (FAVORABLE) 301 s old, timeout 300 s, fallback 25.0/25.0/25.0 A
            60;  16;       -1; -;  FAVORABLE;   -;        -1; 61;  capZone site 25.0/25.0/25.0 | grid signal LOST: last signal (FAVORABLE) 61 s old, timeout 60 s, fallback 25.0/25.0/25.0 A
            300; 16;       -1; -;  LOST;        -;        -1; 0;   capZone site 25.0/25.0/25.0 | grid signal LOST: the source reports the signal lost, fallback 25.0/25.0/25.0 A
            300; 16;       -1; -;  NONE;        -;        -1; 0;   capZone site 25.0/25.0/25.0 | grid signal LOST: no signal received, fallback 25.0/25.0/25.0 A
            300; '20, 10,10'; -1; -; CONSTRAINED; -;      -1; 0;   capZone site 20.0/10.0/10.0 | grid signal CONSTRAINED: site at 20.0/10.0/10.0 A (reduced mode)
            300; 16;       -1; 10; NONE;        -;        -1; 0;   capZone site 10.0/10.0/10.0 | grid signal LOST: no signal received, fallback 10.0/10.0/10.0 A
            300; 16;       -1; 40/20/10; LOST;  -;        -1; 0;   capZone site 25.0/20.0/10.0 | grid signal LOST: the source reports the signal lost, fallback 25.0/20.0/10.0 A
            300; 16;       -1; -;  FAVORABLE;   -;        -1; -30; ''
            """)
    void followsTheSignalLevel(double timeout, String reducedCap, int reducedSessions, String lostCap, String level,
            String cap, int sessions, long at, String expected) {
        List<String> calls = shape(strategy(timeout, reducedCap, reducedSessions, lostCap), at,
                signal(level, cap, sessions));
        assertThat(calls).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" && ")));
    }

    /** The signal over a sequence of cycles: confirmed, then silent, then back. */
    @Test
    void aSilentSourceIsLostAfterTheTimeoutAndRecoversWithTheNextSignal() {
        GridSignalStrategy strategy = strategy(60, "16", -1, "-");
        Optional<GridSignal> constrained = Optional.of(GridSignal.constrained(T0, PhaseValues.none(),
                OptionalInt.empty()));
        List<String> reasons = new ArrayList<>();
        for (long at : new long[] {0, 30, 60, 61, 120}) {
            reasons.add(at + ": " + shape(strategy, at, constrained).get(0).replaceAll(" \\| grid signal [A-Z]+: ", ": "));
        }
        Optional<GridSignal> favorable = Optional.of(GridSignal.favorable(T0.plusSeconds(121)));
        reasons.add("121: " + shape(strategy, 121, favorable));
        assertThat(reasons).containsExactly(
                "0: capZone site 16.0/16.0/16.0: site at 16.0/16.0/16.0 A (reduced mode)",
                "30: capZone site 16.0/16.0/16.0: site at 16.0/16.0/16.0 A (reduced mode)",
                "60: capZone site 16.0/16.0/16.0: site at 16.0/16.0/16.0 A (reduced mode)",
                "61: capZone site 25.0/25.0/25.0: last signal (CONSTRAINED) 61 s old, timeout 60 s, fallback 25.0/25.0/25.0 A",
                "120: capZone site 25.0/25.0/25.0: last signal (CONSTRAINED) 120 s old, timeout 60 s, fallback 25.0/25.0/25.0 A",
                "121: []");
    }

    @Test
    void aSiteWithoutZonesGetsNothing() {
        List<String> calls = new ArrayList<>();
        Constraints recorder = (Constraints) Proxy.newProxyInstance(Constraints.class.getClassLoader(),
                new Class<?>[] {Constraints.class}, (proxy, method, args) -> calls.add(method.getName()));
        strategy(300, "16", -1, "-").shape(
                new EmsSnapshot(T0, List.of(), Map.of(), List.of(), Optional.empty(), Map.of()), recorder);
        assertThat(calls).isEmpty();
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = ';', textBlock = """
            0;     16;       -1; -;     signalTimeoutSeconds must be from 1 to 86400, was 0.0
            90000; 16;       -1; -;     signalTimeoutSeconds must be from 1 to 86400
            300;   -4;       -1; -;     reducedCap must be from 0 to 10000 A, was -4.0
            300;   16/16;    -1; -;     reducedCap takes one value (every phase) or three (L1, L2, L3), not 2
            300;   16;       -2; -;     reducedMaxSessions must be -1 (none) or >= 0, was -2
            300;   -;        -1; -;     the reduced mode restricts nothing; set reducedCap or reducedMaxSessions
            300;   16;       -1; 1/2/3/4; lostCap takes one value (every phase) or three (L1, L2, L3), not 4
            300;   16;       -1; NaN;   lostCap must be from 0 to 10000 A, was NaN
            300;   16;       -1; 20 A;  lostCap takes currents in A, not '20 A'
            300;   '16, 8';  -1; -;     reducedCap takes one value (every phase) or three (L1, L2, L3), not 2
            """)
    void refusesAnInvalidConfigurationSayingWhatIsWrong(double timeout, String reducedCap, int reducedSessions,
            String lostCap, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> strategy(timeout, reducedCap, reducedSessions, lostCap))
                .withMessageStartingWith("io.ampgate.strategy.gridsignal: ").withMessageContaining(message);
    }

    @Test
    void isCalledGridSignal() {
        assertThat(strategy(300, "16", -1, "-").id()).isEqualTo("grid-signal");
    }
}
