package io.ampgate.strategy.pv;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PvStrategyTest {

    private static final Instant T0 = Instant.parse("2026-06-21T12:00:00Z");
    private static final Zone SITE = new Zone("site", null, "Site", ZoneKind.SITE, PhaseValues.all(100), "m0",
            PhaseValues.all(25));

    /** The settings, with the form's defaults; tests change fields. */
    private static final class Cfg implements PvStrategy.Config {
        PvStrategy.Mode mode = PvStrategy.Mode.SURPLUS_ONLY;
        double startW = 1400;
        double startDelay = 60;
        double stopW = 700;
        double stopDelay = 300;
        double minimumW = 1380;
        double voltage = 230;
        double timeout = 30;
        String[] included = {};
        String[] excluded = {};
        boolean excludeVip = true;

        @Override public Class<? extends Annotation> annotationType() { return PvStrategy.Config.class; }
        @Override public PvStrategy.Mode mode() { return mode; }
        @Override public double startThresholdW() { return startW; }
        @Override public double startDelaySeconds() { return startDelay; }
        @Override public double stopThresholdW() { return stopW; }
        @Override public double stopDelaySeconds() { return stopDelay; }
        @Override public double minimumPowerW() { return minimumW; }
        @Override public double voltage() { return voltage; }
        @Override public double dataTimeoutSeconds() { return timeout; }
        @Override public String[] includedStations() { return included; }
        @Override public String[] excludedStations() { return excluded; }
        @Override public boolean excludeVip() { return excludeVip; }
    }

    /**
     * Connectors from "station:phases:amps[:vip|:badge]", comma-separated; amps "-" is a connector
     * without a session, "vip" a VIP station, "badge" a session started with a VIP badge, "notx" a car
     * charging before the station has reported its transaction.
     */
    private static List<ConnectorSnapshot> connectors(String spec) {
        List<ConnectorSnapshot> list = new ArrayList<>();
        for (String one : spec.split(",")) {
            String[] f = one.strip().split(":");
            Wiring wiring = f[1].equals("1") ? Wiring.SINGLE_PHASE : Wiring.THREE_PHASE;
            boolean idle = f[2].equals("-");
            double a = idle ? 0 : Double.parseDouble(f[2]);
            PhaseValues current = wiring == Wiring.SINGLE_PHASE ? PhaseValues.single(a) : PhaseValues.all(a);
            String flag = f.length > 3 ? f[3] : "";
            list.add(new ConnectorSnapshot(f[0], 1, "site",
                    new ConnectorInfo(1, PlugType.TYPE_2, wiring, PhaseRotation.L1_L2_L3, 32, true),
                    new ConnectorState(1, idle ? ConnectorStatus.AVAILABLE : ConnectorStatus.CHARGING, current,
                            Double.NaN, 0, idle || flag.equals("notx") ? null : "s-" + f[0], T0),
                    flag.equals("vip"), flag.equals("badge"), 0, wiring.connectorPhases(),
                    a > 1 || wiring == Wiring.SINGLE_PHASE));
        }
        return list;
    }

    private static MeterReading power(Instant at, double watts) {
        return new MeterReading(at, PhaseValues.all(230), PhaseValues.none(), PhaseValues.none(), watts, 0, 0);
    }

    /** Runs one cycle; the calls as "method station max | reason" (bounds as "min..max"). */
    private static List<String> cycle(PvStrategy strategy, Instant now, Map<String, MeterReading> site,
            Map<String, MeterReading> pv, List<ConnectorSnapshot> connectors) {
        List<String> calls = new ArrayList<>();
        Constraints recorder = (Constraints) Proxy.newProxyInstance(Constraints.class.getClassLoader(),
                new Class<?>[] {Constraints.class}, (proxy, method, args) -> {
                    String amps = switch (method.getName()) {
                        case "boundConnector" -> args[2] + ".." + args[3];
                        case "alert" -> "";
                        default -> String.format(Locale.ROOT, "%.1f", (double) args[2]);
                    };
                    calls.add(method.getName() + " " + args[0] + " " + amps + " | " + args[args.length - 1]);
                    return null;
                });
        strategy.shape(new EmsSnapshot(now, List.of(SITE), site, connectors, Optional.empty(), pv), recorder);
        return calls;
    }

    /** One cycle with fresh readings: the site meter's power and the PV production, W. */
    private static List<String> cycle(PvStrategy strategy, Instant now, double gridW, double pvW, String evs) {
        return cycle(strategy, now, Map.of("site", power(now, gridW)), Map.of("pv1", power(now, -pvW)),
                connectors(evs));
    }

    private static List<String> capsOnly(List<String> calls) {
        return calls.stream().map(s -> s.substring(0, s.indexOf(" |"))).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}: site {1} W, PV {2} W, {3}")
    @CsvSource(delimiter = ';', textBlock = """
            # mode;               site W; PV W; connectors;              expected caps
            SURPLUS_ONLY;         -4140;  5000; cs1:3:0;                 capConnector cs1 6.0
            SURPLUS_ONLY;         -2070;  8000; cs1:3:10;                capConnector cs1 11.6
            SURPLUS_ONLY;         -2070;  20000; cs1:3:10;               capConnector cs1 13.0
            SURPLUS_ONLY;         690;    5000; cs1:3:6;                 capConnector cs1 6.0
            SURPLUS_ONLY;         690;    5000; cs2:1:15;                capConnector cs2 12.0
            SURPLUS_ONLY;         -5000;  2070; cs1:3:0;                 capConnector cs1 6.0
            SURPLUS_ONLY;         -5000;  2070; cs2:1:1.5;               capConnector cs2 9.0
            SURPLUS_ONLY;         1000;   300;  cs1:3:0;                 capConnector cs1 0.0
            SURPLUS_ONLY;         -1000;  5000; cs1:3:0;                 capConnector cs1 0.0
            MINIMUM_PLUS_SURPLUS; 1000;   300;  cs1:3:0;                 capConnector cs1 2.0
            MINIMUM_PLUS_SURPLUS; -4140;  5000; cs1:3:0;                 capConnector cs1 6.0
            MINIMUM_PLUS_SURPLUS; 1000;   300;  cs2:1:0;                 capConnector cs2 6.0
            SURPLUS_ONLY;         -3680;  5000; cs1:3:0, cs2:1:0;        capConnector cs1 6.0, capConnector cs2 6.0
            SURPLUS_ONLY;         -2300;  5000; cs1:3:2, cs2:1:0;        capConnector cs1 6.0, capConnector cs2 6.0
            SURPLUS_ONLY;         -6900;  10000; cs1:3:2, cs2:1:0;       capConnector cs1 9.0, capConnector cs2 9.0
            SURPLUS_ONLY;         -6900;  20000; cs1:3:2, cs2:3:2:notx;  capConnector cs1 7.0, capConnector cs2 7.0
            SURPLUS_ONLY;         -4140;  5000; cs1:3:0, cs3:3:-;        capConnector cs1 6.0, capConnector cs3 6.0
            SURPLUS_ONLY;         -4140;  5000; cs1:3:0, cs4:3:16:vip;   capConnector cs1 6.0
            SURPLUS_ONLY;         -4140;  5000; cs4:3:16:vip;            ''
            """)
    void sharesTheSurplusAmongTheManagedConnectors(PvStrategy.Mode mode, double gridW, double pvW, String evs,
            String expected) {
        Cfg cfg = new Cfg();
        cfg.mode = mode;
        cfg.startDelay = 0;
        cfg.stopDelay = 0;
        List<String> calls = cycle(new PvStrategy(cfg), T0, gridW, pvW, evs);
        assertThat(capsOnly(calls)).containsExactlyElementsOf(
                expected.isEmpty() ? List.of() : List.of(expected.split(", ")));
    }

    @Test
    void theReasonShowsTheSurplusAndTheContinuityMinimum() {
        Cfg cfg = new Cfg();
        cfg.startDelay = 0;
        assertThat(cycle(new PvStrategy(cfg), T0, -1000, 5000, "cs1:3:6, cs2:1:-")).containsExactly(
                "capConnector cs1 7.2 | pv: surplus 5000 W (PV 5000 W, site -1000 W), charging on surplus: 7.2 A",
                "capConnector cs2 7.2 | pv: surplus 5000 W (PV 5000 W, site -1000 W), charging on surplus: 7.2 A");
        cfg.minimumW = 4140;
        assertThat(cycle(new PvStrategy(cfg), T0, -1500, 5000, "cs1:3:0")).containsExactly(
                "capConnector cs1 6.0 | pv: surplus 1500 W (PV 5000 W, site -1500 W), charging on surplus: 6.0 A"
                        + " (minimum power for continuity)");
    }

    /**
     * One connector, cycles at increasing times; each row: time (s), site export (W, "lost" for no
     * PV data), cap in SURPLUS_ONLY, cap in MINIMUM_PLUS_SURPLUS. Start 1400 W for 60 s, stop below
     * 700 W for 120 s, minimum 1380 W (2.0 A on three phases).
     */
    @Test
    void startsAndStopsAfterTheDelaysOnASequenceOfCycles() {
        String table = """
                0    2000  0.0  2.0
                30   2000  0.0  2.0
                50   1000  0.0  2.0
                60   2000  0.0  2.0
                119  2000  0.0  2.0
                120  2070  6.0  6.0
                150  500   2.0  2.0
                200  1000  2.0  2.0
                210  0     2.0  2.0
                329  0     2.0  2.0
                330  0     0.0  2.0
                340  1500  0.0  2.0
                370  lost  -    -
                380  1500  0.0  2.0
                439  1500  0.0  2.0
                440  6900  10.0 10.0
                """;
        Cfg surplusOnly = new Cfg();
        surplusOnly.stopDelay = 120;
        Cfg minimumPlus = new Cfg();
        minimumPlus.stopDelay = 120;
        minimumPlus.mode = PvStrategy.Mode.MINIMUM_PLUS_SURPLUS;
        PvStrategy a = new PvStrategy(surplusOnly);
        PvStrategy b = new PvStrategy(minimumPlus);
        List<String> actual = new ArrayList<>();
        for (String row : table.strip().split("\n")) {
            String[] f = row.strip().split("\\s+");
            Instant now = T0.plusSeconds(Long.parseLong(f[0]));
            if (f[1].equals("lost")) {
                Map<String, MeterReading> site = Map.of("site", power(now, 0));
                assertThat(cycle(a, now, site, Map.of(), connectors("cs1:3:0"))).singleElement().asString()
                        .startsWith("alert data-lost  | pv: PV data lost");
                assertThat(cycle(b, now, site, Map.of(), connectors("cs1:3:0"))).hasSize(1);
                actual.add(row.strip().replaceAll("\\s+", " "));
                continue;
            }
            double export = Double.parseDouble(f[1]);
            String capA = capsOnly(cycle(a, now, -export, 10_000, "cs1:3:0")).get(0).substring(17);
            String capB = capsOnly(cycle(b, now, -export, 10_000, "cs1:3:0")).get(0).substring(17);
            actual.add(f[0] + " " + f[1] + " " + capA + " " + capB);
        }
        assertThat(actual).containsExactlyElementsOf(
                table.strip().lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList());
    }

    @Test
    void whileWaitingTheReasonSaysForHowLongTheSurplusHasBeenThere() {
        PvStrategy strategy = new PvStrategy(new Cfg());
        cycle(strategy, T0, -2000, 5000, "cs1:3:0");
        assertThat(cycle(strategy, T0.plusSeconds(45), -2000, 5000, "cs1:3:0")).containsExactly(
                "capConnector cs1 0.0 | pv: surplus 2000 W (PV 5000 W, site -2000 W), waiting for surplus"
                        + " (above start threshold for 45 s)");
    }

    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = ';', nullValues = "none", textBlock = """
            # site reading age (s); site W; PV reading age (s); PV W; reason
            0;    -3000; none; 0;    PV data lost, no PV meter reading
            0;    -3000; 31;   5000; PV data lost, PV meter pv1 silent for 31 s (timeout 30 s)
            0;    -3000; 0;    NaN;  PV data lost, PV meter pv1 reports no power
            none; 0;     0;    5000; PV data lost, no site meter reading
            45;   -3000; 0;    5000; PV data lost, site meter m0 silent for 45 s (timeout 30 s)
            0;    NaN;   0;    5000; PV data lost, site meter m0 reports no power
            """)
    void withoutFreshPvOrSiteDataItRestrictsNothingAndRaisesAnAlert(Long siteAge, double gridW, Long pvAge, double pvW,
            String reason) {
        Map<String, MeterReading> site = new HashMap<>();
        if (siteAge != null) {
            site.put("site", power(T0.minusSeconds(siteAge), gridW));
        }
        Map<String, MeterReading> pv = new HashMap<>();
        if (pvAge != null) {
            pv.put("pv1", power(T0.minusSeconds(pvAge), -pvW));
        }
        assertThat(cycle(new PvStrategy(new Cfg()), T0, site, pv, connectors("cs1:3:0, cs4:1:16:vip")))
                .containsExactly("alert data-lost  | pv: " + reason + "; standard behaviour, no PV restriction");
    }

    @Test
    void aCarWhosePhasesAreUnknownStartsAtItsMinimumWhenTheSurplusCarriesItOnOnePhase() {
        Cfg cfg = new Cfg();
        cfg.startDelay = 0;
        // 2070 W is 3 A on three phases, below the 6 A minimum; on one phase it is 9 A
        assertThat(cycle(new PvStrategy(cfg), T0, -2070, 5000, "cs1:3:0")).singleElement().asString()
                .startsWith("capConnector cs1 6.0 |").endsWith("(starting at the minimum until the car's phases are known)");
        // 1000 W does not carry even one phase at 6 A (and is below the start threshold): no start
        assertThat(capsOnly(cycle(new PvStrategy(cfg), T0, -1000, 5000, "cs1:3:0"))).containsExactly("capConnector cs1 0.0");
    }

    @Test
    void oneFreshPvMeterOfTwoIsEnough() {
        Cfg cfg = new Cfg();
        cfg.startDelay = 0;
        Map<String, MeterReading> pv = Map.of("pv1", power(T0.minusSeconds(300), -9000), "pv2", power(T0, -2070));
        assertThat(capsOnly(cycle(new PvStrategy(cfg), T0, Map.of("site", power(T0, -4000)), pv,
                connectors("cs1:3:0")))).containsExactly("capConnector cs1 6.0");
    }

    @ParameterizedTest(name = "[{index}] included {0}, excluded {1}, exclude VIP {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # included; excluded; exclude VIP; managed stations
            '';         '';       true;        cs1 cs2
            '';         '';       false;       cs1 cs2 vs1 vb1
            cs1;        '';       true;        cs1
            cs1 vs1;    '';       true;        cs1
            cs1 vs1;    '';       false;       cs1 vs1
            '';         cs2;      true;        cs1
            cs1 cs2;    cs2;      false;       cs1
            '';         cs1 cs2;  true;        ''
            'cs1, vs1'; ' cs2 ';  false;       cs1 vs1
            """)
    void managesTheIncludedStationsButNeverTheExcludedOnes(String included, String excluded, boolean excludeVip,
            String expected) {
        Cfg cfg = new Cfg();
        cfg.included = included.isBlank() ? new String[0] : included.split(" ");
        cfg.excluded = excluded.isBlank() ? new String[0] : excluded.split(" ");
        cfg.excludeVip = excludeVip;
        List<String> stations = cycle(new PvStrategy(cfg), T0, 0, 0, "cs1:3:0, cs2:1:-, vs1:3:0:vip, vb1:3:0:badge")
                .stream().map(s -> s.split(" ")[1]).toList();
        assertThat(String.join(" ", stations)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = ';', textBlock = """
            startThresholdW;    startThresholdW must be from 0 to 1000000 W, was -1.0
            stopThresholdW;     stopThresholdW (1500.0) must not be above startThresholdW (1400.0)
            minimumPowerW;      minimumPowerW must be from 0 to 1000000 W, was NaN
            voltage;            voltage must be from 100 to 400 V, was 50.0
            dataTimeoutSeconds; dataTimeoutSeconds must be from 1 to 86400 s, was 0.0
            startDelaySeconds;  startDelaySeconds must be from 0 to 86400 s, was -5.0
            stopDelaySeconds;   stopDelaySeconds must be from 0 to 86400 s, was 100000.0
            mode;               mode must be SURPLUS_ONLY or MINIMUM_PLUS_SURPLUS
            """)
    void refusesAnInvalidConfigurationSayingWhatIsWrong(String setting, String message) {
        Cfg cfg = new Cfg();
        switch (setting) {
            case "startThresholdW" -> cfg.startW = -1;
            case "stopThresholdW" -> cfg.stopW = 1500;
            case "minimumPowerW" -> cfg.minimumW = Double.NaN;
            case "voltage" -> cfg.voltage = 50;
            case "dataTimeoutSeconds" -> cfg.timeout = 0;
            case "startDelaySeconds" -> cfg.startDelay = -5;
            case "stopDelaySeconds" -> cfg.stopDelay = 100_000;
            default -> cfg.mode = null;
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new PvStrategy(cfg))
                .withMessage("io.ampgate.strategy.pv: " + message);
    }

    @Test
    void isCalledPv() {
        assertThat(new PvStrategy(new Cfg()).id()).isEqualTo("pv");
    }
}
