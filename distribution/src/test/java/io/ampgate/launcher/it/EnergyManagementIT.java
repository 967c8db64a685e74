package io.ampgate.launcher.it;

import static io.ampgate.launcher.it.ChargePoints.limit;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.ocpp.ChargePointSimulator;
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
 * in the shell) brings them to 10 A, and favorable back to 20 A.
 */
class EnergyManagementIT {

    @Test
    void sixtyAmpsAreSharedByTwoCarsThenByThree(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir)) {
            List<ChargePointSimulator> cps = new ArrayList<>();
            try {
                scenario(site, cps);
            } catch (Throwable t) {
                System.err.println("gateway log:\n" + site.log());
                throw t;
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
        String before = site.command("ems:decision").lines().findFirst().orElseThrow(); // "decision at <time>"
        cps.get(2).statusNotification(1, "Preparing", "NoError").get(10, TimeUnit.SECONDS);
        await("a cycle after the car plugged in",
                () -> !site.command("ems:decision").lines().findFirst().orElseThrow().equals(before));
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
    }

    private static void await(String what, Callable<Boolean> done) throws Exception {
        Await.until(what, Duration.ofSeconds(60), done);
    }
}
