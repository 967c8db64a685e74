package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/ampgate start --demo} as a newcomer runs it, on a site folder where only the ports are
 * chosen (the harness's free HTTP and OCPP ports): the demo stations register and charge (the test
 * adds cars at the free connectors), sessions are recorded, the energy manager keeps every zone
 * within its limit per site phase (checked on the setpoints it decided and on what the simulated
 * cars really draw), the meters and the grid signal are read. A second start reuses the demo as it
 * is; a real site is refused and left alone.
 */
class DemoIT {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Map<String, Double> ZONE_LIMITS = Map.of("site", 100.0, "garage", 63.0, "visitors", 40.0);
    /** Rounding of the shell's tables (one decimal) and of the simulator's draw. */
    static final double TOLERANCE = 0.15;

    @Test
    void theDemoChargesWithinTheSiteLimitAndASecondStartReusesIt(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            site.run(s -> {
                firstStart(s);
                secondStart(s);
            });
        }
    }

    @Test
    void aRealSiteIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            site.run(unused -> {
                assertThat(site.ampgate("start").exit()).isZero();
                site.command("badge:add 0REAL001 holder=\"A real driver\"");
                assertThat(site.ampgate("stop").exit()).isZero();

                Site.Result refused = site.ampgate("--demo");
                assertThat(refused.exit()).as(refused.all()).isEqualTo(1);
                assertThat(refused.err()).contains("--demo refused: " + site.base + " holds a site that the demo did not create",
                        "data/db (a database)", "The demo never changes a real site", "AMPGATE_BASE=");
                assertThat(site.base.resolve("data/demo")).doesNotExist();
                assertThat(site.base.resolve("conf/io.ampgate.simulator.site.cfg")).doesNotExist();
                try (var enabled = Files.list(site.base.resolve("plugins/enabled"))) {
                    assertThat(enabled.filter(p -> p.toString().endsWith(".jar"))).isEmpty();
                }
                Site.Result background = site.ampgate("start", "--demo");
                assertThat(background.exit()).isNotZero();
                assertThat(background.all()).contains("--demo refused");

                assertThat(site.ampgate("start").exit()).isZero();
                assertThat(site.command("badge:list")).contains("0REAL001").doesNotContain("04A1B2C3");
            });
        }
    }

    private static void firstStart(Site site) throws Exception {
        Site.Result started = site.ampgate("start", "--demo");
        assertThat(started.exit()).as(started.all()).isZero();
        assertThat(started.out()).contains("Ampgate started", "Ampgate demo site created in " + site.base,
                "Web console: http://127.0.0.1:" + site.httpPort + "/", "no login to set up", "exec 'sim:status'",
                site.home.resolve("docs/demo.md").toString());
        assertThat(site.home.resolve("docs/demo.md")).exists();
        assertThat(site.log()).contains("listening on 127.0.0.1: ws " + site.ocppPort);

        Await.until("the 8 demo stations registered and accepted", PATIENCE, () -> acceptedStations(site) == 8);
        fillFreeConnectors(site);
        Await.until("cars charging, their sessions recorded", PATIENCE, () -> charging(site).size() >= 2
                && site.command("session:running").lines().filter(l -> l.endsWith(" charging")).count() >= 2);
        // the energy manager reads the site model every few seconds: it manages the stations from its next read
        Await.until("the energy manager managing the demo's zones and stations", PATIENCE, () -> {
            String decision = site.command("ems:decision");
            return zoneDecisions(decision).keySet().containsAll(ZONE_LIMITS.keySet()) && !decision.contains("not in any zone");
        });
        Await.until("the cars following their setpoints", PATIENCE, () -> withinLimits(draw(site)));
        for (int sample = 0; sample < 8; sample++) {
            String decisionText = site.command("ems:decision");
            zoneDecisions(decisionText).forEach((zone, capAndGiven) -> {
                for (int phase = 0; phase < 3; phase++) {
                    assertThat(capAndGiven[1][phase]).as("%s given on L%d in%n%s", zone, phase + 1, decisionText)
                            .isLessThanOrEqualTo(capAndGiven[0][phase] + TOLERANCE)
                            .isLessThanOrEqualTo(ZONE_LIMITS.get(zone) + TOLERANCE);
                }
            });
            Map<String, double[]> draw = draw(site);
            assertThat(withinLimits(draw)).as("what the cars draw per zone and site phase: %s", show(draw)).isTrue();
            Thread.sleep(500);
        }

        Await.until("the PV inverter read", PATIENCE, () -> site.command("ampgate:meter list").lines()
                .anyMatch(l -> l.matches("pv-roof\\s+Roof PV\\s+PV\\s+ONLINE\\s+.* P -?\\d+ W .*")));
        Await.until("the site meter read", PATIENCE, () -> site.command("ampgate:meter list").lines()
                .anyMatch(l -> l.matches("grid\\s+Grid connection\\s+SITE\\s+ONLINE\\s+.* P -?\\d+ W .*")));
        Await.until("the grid signal read", PATIENCE, () -> site.command("signal:modbus").contains("grid-operator  ONLINE"));
    }

    private static void secondStart(Site site) throws Exception {
        String badges = site.command("badge:list");
        assertThat(badges.lines().skip(1).count()).isEqualTo(12);
        assertThat(site.ampgate("stop").exit()).isZero();

        Site.Result again = site.ampgate("start", "--demo");
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).contains("Ampgate demo site (made ").doesNotContain("created");
        assertThat(site.command("badge:list").lines().map(DemoIT::uid).toList())
                .isEqualTo(badges.lines().map(DemoIT::uid).toList());
        assertThat(site.command("zone:list").lines().skip(1).map(l -> l.split("\\s+")[0]).toList())
                .containsExactlyInAnyOrder("site", "garage", "visitors");
        assertThat(occurrences(site.log(), "Demo site: commissioning")).isEqualTo(1);
        assertThat(occurrences(site.log(), "Demo site: complete")).isEqualTo(1);
        Await.until("the stations back, registered", PATIENCE, () -> acceptedStations(site) == 8);
        fillFreeConnectors(site);
        Await.until("cars charging again", PATIENCE, () -> charging(site).size() >= 2);
    }

    private static boolean withinLimits(Map<String, double[]> draw) {
        return draw.entrySet().stream().allMatch(e -> java.util.Arrays.stream(e.getValue())
                .allMatch(amps -> amps <= ZONE_LIMITS.get(e.getKey()) + TOLERANCE));
    }

    private static String show(Map<String, double[]> draw) {
        StringBuilder s = new StringBuilder();
        draw.forEach((zone, a) -> s.append(String.format("%s %.1f/%.1f/%.1f A; ", zone, a[0], a[1], a[2])));
        return s.toString();
    }

    /**
     * A car at every free connector, with a badge valid everywhere: the demo's own cars depend on the
     * day and the hour, the test needs a full car park whatever they are, so that the limits bind.
     */
    private static void fillFreeConnectors(Site site) throws Exception {
        for (String line : site.command("sim:status").lines().toList()) {
            Matcher m = CONNECTOR.matcher(line);
            if (m.find() && line.endsWith("no car")) {
                site.exec("sim:arrive " + m.group(1) + " " + m.group(2) + " 30 3 32 04A1B2C3"); // taken meanwhile: fine
            }
        }
    }

    private static long acceptedStations(Site site) throws Exception {
        return site.command("ocpp:stations").lines().filter(l -> l.matches("CP\\d\\s+yes\\s+yes\\s+Accepted\\s+.*")).count();
    }

    /** The simulator's connectors that charge, e.g. "CP1/2". */
    private static List<String> charging(Site site) throws Exception {
        List<String> charging = new ArrayList<>();
        Matcher m = CONNECTOR.matcher(site.command("sim:status"));
        while (m.find()) {
            if (m.group(3).equals("Charging") && Double.parseDouble(m.group(4)) > 0) {
                charging.add(m.group(1) + "/" + m.group(2));
            }
        }
        return charging;
    }

    /** "CP1          online   1 Type2   Charging       16.0 A x3  car ...". */
    static final Pattern CONNECTOR = Pattern.compile("(?m)^(CP\\d)\\s+\\S+\\s+(\\d+)\\s+\\S+\\s+(\\S+)\\s+([\\d.]+) A x(\\d)");

    /**
     * What the simulated cars draw, per zone and site phase: a car on three phases on each, a car on
     * one on the site phase of its station's L1 (the rotation of the demo's commissioning file).
     */
    private static Map<String, double[]> draw(Site site) throws Exception {
        Map<String, String> zoneOf = new HashMap<>();
        Map<String, Integer> firstPhaseOf = new HashMap<>();
        for (String line : Files.readAllLines(site.home.resolve("demo/commissioning.txt"))) {
            String[] w = line.split("\\s+");
            if (w[0].equals("zone:station")) {
                zoneOf.put(w[1], w[2]);
            } else if (w[0].equals("zone:connector")) {
                String rotation = line.replaceAll(".*rotation=L(\\d).*", "$1");
                firstPhaseOf.put(w[1], Integer.parseInt(rotation) - 1);
            }
        }
        Map<String, double[]> draw = new HashMap<>();
        for (String zone : ZONE_LIMITS.keySet()) {
            draw.put(zone, new double[3]);
        }
        Matcher m = CONNECTOR.matcher(site.command("sim:status"));
        while (m.find()) {
            double amps = Double.parseDouble(m.group(4));
            int phases = Integer.parseInt(m.group(5));
            for (String zone : List.of("site", zoneOf.get(m.group(1)))) {
                double[] sum = draw.get(zone);
                if (phases == 3) {
                    for (int p = 0; p < 3; p++) {
                        sum[p] += amps;
                    }
                } else if (phases == 1) {
                    sum[firstPhaseOf.get(m.group(1))] += amps;
                }
            }
        }
        return draw;
    }

    /** Per zone of {@code ems:decision}: its cap and what was given, per phase. */
    private static Map<String, double[][]> zoneDecisions(String decision) {
        Map<String, double[][]> zones = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^(\\w+)\\s+([\\d.]+)/([\\d.]+)/([\\d.]+)\\s+([\\d.]+)/([\\d.]+)/([\\d.]+)\\s+\\d+")
                .matcher(decision);
        while (m.find()) {
            double[][] capAndGiven = new double[2][3];
            for (int i = 0; i < 6; i++) {
                capAndGiven[i / 3][i % 3] = Double.parseDouble(m.group(i + 2));
            }
            zones.put(m.group(1), capAndGiven);
        }
        return zones;
    }

    private static String uid(String badgeLine) {
        return badgeLine.split("\\s+")[0];
    }

    private static int occurrences(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
