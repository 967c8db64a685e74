package io.ampgate.strategy.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.api.ems.ConnectorSnapshot;
import io.ampgate.api.ems.Constraints;
import io.ampgate.api.ems.EmsSnapshot;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.site.Zone;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DynamicLimitStrategyTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final PhaseValues FALLBACK = PhaseValues.of(10, 10, 10);

    private static DynamicLimitStrategy strategy(double timeoutSeconds) {
        return strategy(timeoutSeconds, 0);
    }

    private static DynamicLimitStrategy strategy(double timeoutSeconds, double marginA) {
        return new DynamicLimitStrategy(new DynamicLimitStrategy.Config() {
            @Override public Class<? extends Annotation> annotationType() { return DynamicLimitStrategy.Config.class; }
            @Override public double meterTimeoutSeconds() { return timeoutSeconds; }
            @Override public double safetyMarginA() { return marginA; }
        });
    }

    /** "63/63/63" -> (63, 63, 63); "-" on a phase is NaN. */
    private static PhaseValues amps(String text) {
        double[] v = new double[3];
        String[] parts = text.strip().split("/");
        for (int i = 0; i < 3; i++) {
            v[i] = parts[i].equals("-") ? Double.NaN : Double.parseDouble(parts[i]);
        }
        return PhaseValues.of(v[0], v[1], v[2]);
    }

    /** "3:L1_L2_L3:16/16/16" or "1:L2_L3_L1:16/0/0": wiring, rotation and measured current (connector frame). */
    private static List<ConnectorSnapshot> connectors(String zoneId, String spec) {
        List<ConnectorSnapshot> list = new ArrayList<>();
        if (spec == null) {
            return list;
        }
        for (String one : spec.split(",")) {
            String[] f = one.strip().split(":");
            Wiring wiring = f[0].equals("1") ? Wiring.SINGLE_PHASE : Wiring.THREE_PHASE;
            PhaseRotation rotation = PhaseRotation.valueOf(f[1]);
            EnumSet<io.ampgate.api.unit.Phase> inUse = EnumSet.noneOf(io.ampgate.api.unit.Phase.class);
            wiring.connectorPhases().forEach(p -> inUse.add(rotation.sitePhase(p)));
            String station = zoneId + "-cs" + list.size();
            list.add(new ConnectorSnapshot(station, 1, zoneId,
                    new ConnectorInfo(1, PlugType.TYPE_2, wiring, rotation, 32, true),
                    new ConnectorState(1, ConnectorStatus.CHARGING, amps(f[2]), Double.NaN, 0, "s", T0),
                    false, false, 0, inUse, true));
        }
        return list;
    }

    private static MeterReading reading(Instant at, PhaseValues current) {
        return new MeterReading(at, PhaseValues.all(230), current, current.scale(230), Double.NaN, Double.NaN,
                Double.NaN);
    }

    /** Runs the strategy and returns its zone caps as "zone l1/l2/l3 | reason". */
    private static List<String> shape(DynamicLimitStrategy strategy, Instant now, List<Zone> zones,
            Map<String, MeterReading> readings, List<ConnectorSnapshot> connectors) {
        List<String> calls = new ArrayList<>();
        Constraints recorder = (Constraints) Proxy.newProxyInstance(Constraints.class.getClassLoader(),
                new Class<?>[] {Constraints.class}, (proxy, method, args) -> {
                    PhaseValues cap = (PhaseValues) args[1];
                    calls.add(args[0] + " " + cap.l1() + "/" + cap.l2() + "/" + cap.l3() + " | " + args[2]);
                    return null;
                });
        strategy.shape(new EmsSnapshot(now, zones, readings, connectors, Optional.empty(), Map.of()), recorder);
        return calls;
    }

    private static Zone site(PhaseValues limit, String meterId) {
        return new Zone("site", null, "Site", ZoneKind.SITE, limit, meterId, FALLBACK);
    }

    @ParameterizedTest(name = "limit {0}, meter {1}, EV {2} -> {3}")
    @CsvSource(delimiter = ';', nullValues = "none", textBlock = """
            # limit;  meter;        connectors (wiring:rotation:current);       expected cap
            63/63/63; 20/20/20;     none;                                       43.0/43.0/43.0
            63/63/63; 36/36/36;     3:L1_L2_L3:16/16/16;                         43.0/43.0/43.0
            63/63/63; 50/30/20;     3:L1_L2_L3:16/16/16;                         29.0/49.0/59.0
            63/63/63; 32/16/16;     3:L1_L2_L3:16/16/16, 1:L1_L2_L3:16/0/0;      63.0/63.0/63.0
            63/63/63; 10/26/10;     1:L2_L3_L1:16/0/0;                           53.0/53.0/53.0
            63/63/63; 10/10/26;     1:L3_L1_L2:16/0/0;                           53.0/53.0/53.0
            40/40/40; 70/55/50;     3:L1_L2_L3:10/10/10;                         0.0/0.0/0.0
            63/63/63; 10/10/10;     3:L1_L2_L3:16/16/16;                         63.0/63.0/63.0
            63/63/63; -5/-5/-5;     none;                                        63.0/63.0/63.0
            63/63/63; 30/30/30;     3:L1_L2_L3:-/-/-;                            33.0/33.0/33.0
            63/63/63; 30/-/30;      3:L1_L2_L3:16/16/16;                         49.0/10.0/49.0
            32/16/16; 20/10/10;     none;                                        12.0/6.0/6.0
            """)
    void capsAMeteredZoneAtItsLimitMinusTheOtherLoads(String limit, String meter, String evs, String expected) {
        List<String> caps = shape(strategy(10), T0, List.of(site(amps(limit), "m0")),
                Map.of("site", reading(T0.minusSeconds(2), amps(meter))), connectors("site", evs));
        assertThat(caps).hasSize(1);
        assertThat(caps.get(0)).startsWith("site " + expected + " | zone site: limit ")
                .contains("other loads").contains("(meter m0)");
    }

    @Test
    void theReasonShowsTheArithmetic() {
        List<String> caps = shape(strategy(10), T0, List.of(site(PhaseValues.all(63), "m0")),
                Map.of("site", reading(T0, PhaseValues.of(40, 30, 20))), connectors("site", "3:L1_L2_L3:16/16/16"));
        assertThat(caps).containsExactly("site 39.0/49.0/59.0 | zone site: limit 63.0/63.0/63.0 A"
                + " - other loads 24.0/14.0/4.0 A (meter m0) = 39.0/49.0/59.0 A");
    }

    @Test
    void aZoneCountsTheConnectorsOfItsSubZonesAndUnmeteredZonesGetNothing() {
        List<Zone> zones = List.of(site(PhaseValues.all(100), "m0"),
                new Zone("panel", "site", "Panel", ZoneKind.PANEL, PhaseValues.all(63), "m1", FALLBACK),
                new Zone("group", "panel", "Group", ZoneKind.GROUP, PhaseValues.all(32), null, FALLBACK));
        Map<String, MeterReading> readings = Map.of(
                "site", reading(T0, PhaseValues.all(60)), "panel", reading(T0, PhaseValues.all(40)));
        List<ConnectorSnapshot> evs = connectors("group", "3:L1_L2_L3:16/16/16, 3:L1_L2_L3:10/10/10");
        assertThat(shape(strategy(10), T0, zones, readings, evs)).extracting(s -> s.substring(0, s.indexOf(" |")))
                .containsExactly("site 66.0/66.0/66.0", "panel 49.0/49.0/49.0");
    }

    @Test
    void aZoneWhoseMeterHasNotSpokenRunsOnItsFallbackLimit() {
        assertThat(shape(strategy(10), T0, List.of(site(PhaseValues.all(63), "m0")), Map.of(), List.of()))
                .containsExactly("site 10.0/10.0/10.0 | zone site: meter m0 has sent no reading yet,"
                        + " fallback limit 10.0/10.0/10.0 A");
    }

    /** One meter, readings at fixed times, cycles at increasing times: the cap of each cycle. */
    @ParameterizedTest(name = "timeout {0} s, cycle at +{1} s, reading from +{2} s -> {3}")
    @CsvSource(delimiter = ';', textBlock = """
            10;  0;    0;  43.0/43.0/43.0
            10;  10;   0;  43.0/43.0/43.0
            10;  10.5; 0;  10.0/10.0/10.0
            10;  60;   0;  10.0/10.0/10.0
            10;  61;   60; 43.0/43.0/43.0
            30;  25;   0;  43.0/43.0/43.0
            30;  31;   0;  10.0/10.0/10.0
            0.5; 1;    0;  10.0/10.0/10.0
            """)
    void aStaleMeterPutsItsZoneOnTheFallbackLimitUntilFreshDataArrives(double timeout, double cycleAt,
            double readingAt, String expected) {
        Instant now = T0.plusMillis(Math.round(cycleAt * 1000));
        Map<String, MeterReading> readings = new HashMap<>();
        readings.put("site", reading(T0.plusMillis(Math.round(readingAt * 1000)), PhaseValues.all(20)));
        List<String> caps = shape(strategy(timeout), now, List.of(site(PhaseValues.all(63), "m0")), readings,
                List.of());
        assertThat(caps.get(0)).startsWith("site " + expected + " | ");
        if (expected.startsWith("10.0")) {
            assertThat(caps.get(0)).contains("meter m0 is stale (last reading ")
                    .endsWith(String.format(java.util.Locale.ROOT, "timeout %.1f s), fallback limit 10.0/10.0/10.0 A",
                            timeout));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 86_401, Double.NaN})
    void refusesATimeoutThatIsNotPositive(double seconds) {
        assertThatIllegalArgumentException().isThrownBy(() -> strategy(seconds))
                .withMessageContaining("meterTimeoutSeconds must be more than 0 and at most 86400");
    }

    @Test
    void isCalledDynamic() {
        assertThat(strategy(10).id()).isEqualTo("dynamic");
    }

    @Test
    void aCarWhoseStationReportsRarelyCountsAtMostAtTheSetpointItHasHadTimeToFollow() {
        // the station last reported 30 A a minute ago; the energy manager then lowered it to 10 A
        DynamicLimitStrategy strategy = strategy(10);
        List<Zone> zones = List.of(site(PhaseValues.all(63), "m0"));
        ConnectorInfo info = new ConnectorInfo(1, PlugType.TYPE_2, Wiring.THREE_PHASE, PhaseRotation.L1_L2_L3, 32, true);
        ConnectorState stale = new ConnectorState(1, ConnectorStatus.CHARGING, PhaseValues.all(30), Double.NaN, 0, "s",
                T0.minusSeconds(60));
        java.util.function.DoubleFunction<List<ConnectorSnapshot>> car = setpoint -> List.of(new ConnectorSnapshot("cs",
                1, "site", info, stale, false, false, 0, EnumSet.allOf(io.ampgate.api.unit.Phase.class), true, setpoint));

        assertThat(shape(strategy, T0, zones, Map.of("site", reading(T0, PhaseValues.all(40))), car.apply(30)))
                .singleElement().asString().startsWith("site 53.0/53.0/53.0 |");
        // the lower setpoint is seen at +2 s; at +4 s the car may not have followed yet: its 30 A count
        assertThat(shape(strategy, T0.plusSeconds(2), zones, Map.of("site", reading(T0.plusSeconds(2),
                PhaseValues.all(40))), car.apply(10))).singleElement().asString().startsWith("site 53.0/53.0/53.0 |");
        assertThat(shape(strategy, T0.plusSeconds(4), zones, Map.of("site", reading(T0.plusSeconds(4),
                PhaseValues.all(20))), car.apply(10))).singleElement().asString().startsWith("site 63.0/63.0/63.0 |");
        // from +7 s it draws at most 10 A, whatever its old report says: the building's 10 A are seen again
        assertThat(shape(strategy, T0.plusSeconds(8), zones, Map.of("site", reading(T0.plusSeconds(8),
                PhaseValues.all(20))), car.apply(10))).singleElement().asString()
                .startsWith("site 53.0/53.0/53.0 | zone site: limit 63.0/63.0/63.0 A - other loads 10.0/10.0/10.0 A");
    }

    @Test
    void aSafetyMarginIsKeptFreeBelowTheLimitAndNamedInTheReason() {
        List<String> caps = shape(strategy(10, 3), T0, List.of(site(PhaseValues.all(63), "m0")),
                Map.of("site", reading(T0, PhaseValues.of(40, 30, 62))), connectors("site", "3:L1_L2_L3:16/16/16"));
        assertThat(caps).containsExactly("site 36.0/46.0/14.0 | zone site: limit 63.0/63.0/63.0 A"
                + " - other loads 24.0/14.0/46.0 A (meter m0) - margin 3.0 A = 36.0/46.0/14.0 A");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 100.5, Double.NaN})
    void refusesAMarginOutOfRange(double margin) {
        assertThatIllegalArgumentException().isThrownBy(() -> strategy(10, margin))
                .withMessage("io.ampgate.strategy.dynamic: safetyMarginA must be from 0 to 100 A, was " + margin);
    }
}
