package io.ampgate.strategy.staticlimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.api.ems.Constraints;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticLimitStrategyTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");
    private static final PhaseValues FALLBACK = PhaseValues.all(10);

    private static StaticLimitStrategy.Config config(double percent) {
        return new StaticLimitStrategy.Config() {
            @Override public Class<? extends Annotation> annotationType() { return StaticLimitStrategy.Config.class; }
            @Override public double percent() { return percent; }
        };
    }

    /** Runs the strategy and returns its zone caps as "zone l1/l2/l3 | reason". */
    private static List<String> caps(double percent, List<Zone> zones) {
        List<String> calls = new ArrayList<>();
        Constraints recorder = (Constraints) Proxy.newProxyInstance(Constraints.class.getClassLoader(),
                new Class<?>[] {Constraints.class}, (proxy, method, args) -> {
                    PhaseValues cap = (PhaseValues) args[1];
                    calls.add(method.getName() + " " + args[0] + " " + cap.l1() + "/" + cap.l2() + "/" + cap.l3()
                            + " | " + args[2]);
                    return null;
                });
        new StaticLimitStrategy(config(percent)).shape(
                new EmsSnapshot(T, zones, Map.of(), List.of(), Optional.empty(), Map.of()), recorder);
        return calls;
    }

    @ParameterizedTest(name = "{0} % of {1}/{2}/{3} A")
    @CsvSource(delimiter = ';', textBlock = """
            100; 60; 60; 60; capZone site 60.0/60.0/60.0 | static limit of zone site: 60.0/60.0/60.0 A
            100; 63; 40; 0;  capZone site 63.0/40.0/0.0 | static limit of zone site: 63.0/40.0/0.0 A
            50;  60; 60; 60; capZone site 30.0/30.0/30.0 | static limit of zone site (50 %): 30.0/30.0/30.0 A
            90;  32; 16; 16; capZone site 28.8/14.4/14.4 | static limit of zone site (90 %): 28.8/14.4/14.4 A
            """)
    void capsTheRootAtItsStaticLimitPerPhase(double percent, double l1, double l2, double l3, String expected) {
        Zone site = new Zone("site", null, "Site", ZoneKind.SITE, PhaseValues.of(l1, l2, l3), null, FALLBACK);
        assertThat(caps(percent, List.of(site))).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {100})
    void capsEveryZoneOfTheTree(double percent) {
        List<Zone> zones = List.of(
                new Zone("site", null, "Site", ZoneKind.SITE, PhaseValues.all(100), "m0", FALLBACK),
                new Zone("panel", "site", "Panel", ZoneKind.PANEL, PhaseValues.all(63), null, FALLBACK),
                new Zone("group", "panel", "Group", ZoneKind.GROUP, PhaseValues.of(32, 0, 0), null, FALLBACK));
        assertThat(caps(percent, zones)).containsExactly(
                "capZone site 100.0/100.0/100.0 | static limit of zone site: 100.0/100.0/100.0 A",
                "capZone panel 63.0/63.0/63.0 | static limit of zone panel: 63.0/63.0/63.0 A",
                "capZone group 32.0/0.0/0.0 | static limit of zone group: 32.0/0.0/0.0 A");
    }

    @ParameterizedTest
    @ValueSource(doubles = {100, 42})
    void aSiteWithoutZonesGetsNothing(double percent) {
        assertThat(caps(percent, List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, -5, 100.5, Double.NaN})
    void refusesAPercentOutsideOneToAHundred(double percent) {
        assertThatIllegalArgumentException().isThrownBy(() -> new StaticLimitStrategy(config(percent)))
                .withMessageContaining("percent must be from 1 to 100, was ");
    }

    @ParameterizedTest
    @ValueSource(doubles = {100})
    void isCalledStatic(double percent) {
        assertThat(new StaticLimitStrategy(config(percent)).id()).isEqualTo("static");
    }
}
