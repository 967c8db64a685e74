package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.site.PvInverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PV surplus charging on the running gateway, with real sockets (see {@link MeteredSite}): a 20 kW
 * SunSpec inverter (the simulator's, on a Modbus slave of its own, read by meter-sunspec) sits
 * behind the grid meter with the building's 10/8/6 A; strategy-pv in surplus-only mode manages the
 * three cars (start 1400 W for 2 s, stop below 700 W for 3 s).
 * <ol>
 * <li>In the sun the cars share the surplus: all charge, and the site imports nothing for them.</li>
 * <li>A cloud (3 kW): the cars keep their 6 A minimum through the stop delay, then wait for the sun.</li>
 * <li>The sun again: after the start delay the cars charge again.</li>
 * <li>The inverter stops answering: PV data lost, the site falls back to its standard behaviour
 * (the zone's 63 A shared, 21 A per car on L1), with an alert.</li>
 * <li>It answers again: the cars are back on the surplus and the alert clears.</li>
 * </ol>
 */
class PvSurplusIT {
    /** How long the cars' limits must stay put to count as steady: longer than a ramp from 6 A to a car's share. */
    private static final Duration STEADY = Duration.ofSeconds(3);
    private static final double PEAK_W = 20_000;
    private static final MeteredSite.Plugin PV = new MeteredSite.Plugin("strategy-pv", "io.ampgate.strategy.pv", """
            mode = SURPLUS_ONLY
            startThresholdW = 1400
            startDelaySeconds = 2
            stopThresholdW = 700
            stopDelaySeconds = 3
            dataTimeoutSeconds = 3
            """, "io.ampgate.strategy.pv.PvStrategy");

    @Test
    void theCarsChargeOnTheSurplusWaitUnderACloudAndFallBackWhenPvDataIsLost(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir); ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen();
                ModbusSlaveSimulator roof = ModbusSlaveSimulator.listen()) {
            // a car paused for want of sun may start again after 3 s (instead of 60 s)
            site.run(s -> {
                try (MeteredSite metered = MeteredSite.start(s, slave, Duration.ofMillis(500), Duration.ofMinutes(4),
                        "minOffSeconds = 3\n", List.of(PV), m -> inverterOnTheRoof(m, roof))) {
                    scenario(metered, roof);
                }
            });
        }
    }

    /** The inverter behind the grid meter, producing its peak, read by meter-sunspec as pv-roof. */
    private static void inverterOnTheRoof(MeteredSite s, ModbusSlaveSimulator roof) throws Exception {
        s.meter.inverter(new PvInverter(roof.unit(1), 1, SiteMeterModel.VOLTS, PEAK_W, 1_000_000, 1)).production(PEAK_W);
        assertThat(s.site.ampgate("plugin", "enable", "meter-sunspec").exit()).isZero();
        Files.writeString(s.site.base.resolve("conf/io.ampgate.meter.sunspec-roof.cfg"), """
                ampgate.meter.id = pv-roof
                name = Roof PV
                address = %s
                pollIntervalMs = 500
                """.formatted(roof.address(1)));
        s.awaitMeterOnline("pv-roof", Duration.ofSeconds(30));
    }

    private static void scenario(MeteredSite s, ModbusSlaveSimulator roof) throws Exception {
        // (1) the sun: the surplus (20 kW less the building's 5.5 kW) shared, nothing imported for the cars
        s.awaitSteady(STEADY, "the cars charging on the surplus", () -> s.limits().stream().allMatch(l -> l >= 6));
        System.out.printf("PvSurplusIT: in the sun the cars got %s A, the site meter shows %.0f W%n", s.limits(),
                s.meter.power());
        assertThat(s.meter.power()).as("the site's import while the cars charge on the surplus").isLessThan(230);
        assertThat(s.site.command("ems:decision")).contains("pv: surplus").contains("charging on surplus");

        // (2) a cloud: the cars keep their 6 A through the stop delay, then wait
        s.meter.production(3_000);
        s.awaitSteady(STEADY, "the cars waiting under the cloud", () -> s.limits().stream().allMatch(l -> l < 6));
        assertThat(s.site.command("ems:decision")).contains("waiting for surplus");

        // (3) the sun again
        s.meter.production(PEAK_W);
        s.awaitSteady(STEADY, "the cars charging in the sun again", () -> s.limits().stream().allMatch(l -> l >= 6));
        assertThat(s.meter.power()).isLessThan(230);

        // (4) the inverter stops answering: standard behaviour, the zone's 63 A shared on L1
        roof.stop();
        s.awaitSteady(STEADY, "the standard behaviour without PV data", () -> s.limits().stream().allMatch(l -> l >= 20));
        assertThat(s.site.command("ems:decision")).contains("alert: pv: PV data lost, PV meter pv-roof").contains("no PV restriction");
        assertThat(s.site.log()).contains("alert: pv: PV data lost");

        // (5) it answers again: the cars back on the surplus, the alert cleared
        roof.start();
        s.awaitSteady(STEADY, "the cars on the surplus again", () -> s.limits().stream().allMatch(l -> l >= 6 && l < 12));
        assertThat(s.meter.power()).isLessThan(230);
        Await.until("the PV alert cleared", Duration.ofSeconds(10),
                () -> s.site.log().contains("alert cleared: pv: PV data lost"));
    }
}
