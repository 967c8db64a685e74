package io.ampgate.launcher.it;

import static io.ampgate.launcher.it.ChargePoints.limit;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The energy manager in the real gateway with simulated OCPP stations: the seeds' example, a 60 A
 * site with two charging cars gets 30 A each, a third car brings everyone to 20 A, through
 * SetChargingProfile on the stations; a constrained grid signal (strategy-gridsignal, signal given
 * in the shell) brings them to 10 A, and favorable back to 20 A. A station that drops off the
 * network keeps its last 20 A counted (the others do not rise) until it is back.
 */
class EnergyManagementIT {

    @Test
    void sixtyAmpsAreSharedByTwoCarsThenByThree(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            List<ChargePointSimulator> cps = new ArrayList<>();
            try {
                site.run(s -> scenario(s, cps));
            } finally {
                cps.forEach(ChargePointSimulator::abort);
            }
        }
    }

    private static void scenario(Site site, List<ChargePointSimulator> cps) throws Exception {
        assertThat(site.ampgate("start").exit()).isZero();
        await("the configured OCPP server", () -> site.log().contains("listening on 127.0.0.1: ws " + site.ocppPort));
        site.command("zone:add site - 60 name=Main");
        for (int i = 1; i <= 3; i++) {
            cps.add(ChargePoints.join(site, "CP-E" + i, "site", "32"));
        }
        cps.get(0).statusNotification(1, "Charging", "NoError").get(10, TimeUnit.SECONDS);
        cps.get(1).statusNotification(1, "Charging", "NoError").get(10, TimeUnit.SECONDS);
        cps.get(2).statusNotification(1, "Available", "NoError").get(10, TimeUnit.SECONDS);

        await("30 A each for two cars", () -> limit(cps.get(0)) == 30 && limit(cps.get(1)) == 30);
        await("the idle connector held at 0 A, so that a car plugging in waits for its share",
                () -> limit(cps.get(2)) == 0);

        // a car plugs in: no share until its transaction starts (a car that is refused takes nothing)
        cps.get(2).statusNotification(1, "Preparing", "NoError").get(10, TimeUnit.SECONDS);
        awaitCycles(site, 1);
        assertThat(site.command("ems:decision")).doesNotContain("CP-E3/1");
        assertThat(limit(cps.get(0))).as("the charging cars keep their 30 A").isEqualTo(30);
        cps.get(2).startTransaction(1, "CAR-3", 0, java.time.Instant.now()).get(10, TimeUnit.SECONDS);
        cps.get(2).statusNotification(1, "SuspendedEVSE", "NoError").get(10, TimeUnit.SECONDS);
        await("20 A each for three cars", () -> limit(cps.get(0)) == 20 && limit(cps.get(1)) == 20
                && limit(cps.get(2)) == 20);
        assertThat(site.command("ems:decision")).contains("CP-E3/1").contains("20.0").contains("zone: limit of zone Main");

        // the grid operator constrains the site: the grid-signal strategy caps it, given through the shell
        assertThat(site.ampgate("plugin", "enable", "strategy-gridsignal").exit()).isZero();
        await("the grid-signal strategy", () -> site.exec("ems:signal").exit() == 0
                && site.exec("scr:list").out().contains("io.ampgate.strategy.gridsignal"));
        assertThat(site.command("ems:signal constrained 30")).contains("CONSTRAINED");
        await("10 A each under the constrained grid", () -> limit(cps.get(0)) == 10 && limit(cps.get(1)) == 10
                && limit(cps.get(2)) == 10);
        assertThat(site.command("ems:decision")).contains("grid signal CONSTRAINED");
        site.command("ems:signal favorable");
        await("back to 20 A each", () -> limit(cps.get(0)) == 20 && limit(cps.get(1)) == 20
                && limit(cps.get(2)) == 20);

        // CP-E3 drops off the network: the 20 A it was last told keep counting, the others do not rise
        cps.get(2).abort();
        await("CP-E3 offline, its last setpoint counted",
                () -> site.command("ems:decision").contains("offline: its last setpoint counts"));
        awaitCycles(site, 2);
        assertThat(site.command("ems:decision")).containsPattern("CP-E3/1 +20.0 ");
        assertThat(limit(cps.get(0))).isEqualTo(20);
        assertThat(limit(cps.get(1))).isEqualTo(20);

        // it comes back: accepted again, it gets its setpoint again
        ChargePointSimulator back = ChargePointSimulator.builder("CP-E3",
                URI.create("ws://127.0.0.1:" + site.ocppPort + "/ocpp/")).build().connect();
        cps.add(back);
        back.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS);
        back.statusNotification(1, "SuspendedEVSE", "NoError").get(10, TimeUnit.SECONDS);
        await("CP-E3 back with its 20 A", () -> limit(back) == 20);
        await("CP-E3 online again in the decision", () -> site.command("ems:decision").contains("CP-E3/1")
                && !site.command("ems:decision").contains("offline"));
        assertThat(limit(cps.get(0))).isEqualTo(20);
    }

    /** Waits until the energy manager has decided {@code n} more times. */
    private static void awaitCycles(Site site, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            String before = site.command("ems:decision").lines().findFirst().orElseThrow(); // "decision at <time>"
            await("a cycle", () -> !site.command("ems:decision").lines().findFirst().orElseThrow().equals(before));
        }
    }

    private static void await(String what, Callable<Boolean> done) throws Exception {
        Await.until(what, Duration.ofSeconds(60), done);
    }
}
