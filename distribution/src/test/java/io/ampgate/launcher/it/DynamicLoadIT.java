package io.ampgate.launcher.it;

import static io.ampgate.launcher.it.MeteredSite.FALLBACK;
import static io.ampgate.launcher.it.MeteredSite.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dynamic limits on the running gateway, with real sockets (see {@link MeteredSite}): strategy-dynamic
 * gives three cars what the building leaves under the 63 A main breaker, as the grid meter shows
 * it. The cars settle under the limit; a 30 A step of the base load on L1 is absorbed, and the
 * step back lets them rise again; when the meter goes silent the site runs on its fallback limit
 * with an alert, until the meter answers again. The site always has room for 6 A per car, so a
 * car that is paused (sent a profile below 6 A) fails the test at once. How far the site went over
 * its limit in each part of the scenario is printed.
 */
class DynamicLoadIT {

    @Test
    void theCarsGetWhatTheBuildingLeavesUnderTheMainBreaker(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir); ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen()) {
            site.run(s -> {
                try (MeteredSite metered = MeteredSite.start(s, slave, Duration.ofMillis(500), Duration.ofMinutes(3))) {
                    scenario(metered);
                }
            });
        }
    }

    private static void scenario(MeteredSite s) throws Exception {
        // (a) the cars share what the building leaves: 63 - 10 A on L1, the phase all three load
        s.awaitSettled("the cars settled under the limit");
        report("while the cars started", s.meter.takeOverload());
        s.forbidPauses(); // from here on the site always has room for 6 A per car, even on its fallback limit
        assertThat(s.site.command("ems:decision")).contains("(meter grid)").contains("other loads 10.0/8.0/6.0");
        List<Double> before = s.limits();

        // (b) a 30 A load starts on L1: the cars go down until the site is under its limit again
        s.loadOnL1(40);
        Duration absorbed = Await.until("the 30 A step on L1 absorbed", Duration.ofSeconds(6),
                () -> s.meter.withinBreaker() && lower(s.limits(), before));
        System.out.println("DynamicLoadIT: a 30 A step on L1 absorbed in " + absorbed.toMillis() + " ms");
        s.awaitSettled("the cars settled under the limit with the 30 A load");
        report("from the 30 A step on", s.meter.takeOverload());
        assertThat(s.limits()).allSatisfy(l -> assertThat(l).isBetween(6.0, 8.0));
        assertThat(s.site.command("ems:decision")).contains("other loads 40.0/8.0/6.0");

        // ... and when it stops, the cars rise again
        s.loadOnL1(MeteredSite.BASE_LOAD[0]);
        s.awaitSettled("the cars back up after the 30 A load stopped");
        report("while the cars rose again", s.meter.takeOverload());
        assertThat(s.limits()).allSatisfy(l -> assertThat(l).isGreaterThan(15.0));

        // (c) the meter goes silent: the site on its fallback limit, with an alert
        s.slave.stop();
        Await.until("the fallback limit of 20 A per phase", Duration.ofSeconds(15),
                () -> s.limits().stream().mapToDouble(Double::doubleValue).sum() <= FALLBACK);
        assertThat(s.site.command("ems:decision")).contains("20.0/20.0/20.0")
                .contains("alert: zone Main: meter grid silent since").contains("on its fallback limit 20.0/20.0/20.0 A");
        assertThat(s.site.log()).contains("alert: zone Main: meter grid silent since");

        // ... until it answers again
        s.slave.start();
        s.awaitSettled("the cars back up once the meter answers again");
        report("over the meter's silence and recovery", s.meter.takeOverload());
        Await.until("the alert cleared", Duration.ofSeconds(10),
                () -> s.site.log().contains("alert cleared: zone Main: meter grid silent since"));
        assertThat(s.site.command("ems:decision")).doesNotContain("alert:").contains("(meter grid)");
    }

    private static void report(String when, SiteMeterModel.Overload overload) {
        System.out.printf(Locale.ROOT, "DynamicLoadIT: over the limit %s: worst %.1f A, %.1f A s%n", when,
                overload.worstA(), overload.ampSeconds());
    }

    private static boolean lower(List<Double> now, List<Double> before) {
        for (int i = 0; i < now.size(); i++) {
            if (!(now.get(i) < before.get(i))) {
                return false;
            }
        }
        return true;
    }
}
