package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meter plugin in the running gateway: enabled, configured by a file in conf/ as docs/meters.md
 * says, polling a simulated SDM630 through the transport; an invalid configuration does not start.
 */
class MeterPluginsIT {

    @Test
    void eastronMeterConfiguredInConfReadsTheSimulatedMeter(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir); ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen()) {
            Area in = Area.INPUT_REGISTERS;
            slave.unit(1).strict(true)
                    .setFloat32(in, 0, 230.0, Order.ABCD).setFloat32(in, 2, 231.0, Order.ABCD).setFloat32(in, 4, 229.0, Order.ABCD)
                    .setFloat32(in, 6, 10.0, Order.ABCD).setFloat32(in, 8, 11.0, Order.ABCD).setFloat32(in, 10, 12.0, Order.ABCD)
                    .setFloat32(in, 12, 2300.0, Order.ABCD).setFloat32(in, 14, 2541.0, Order.ABCD)
                    .setFloat32(in, 16, 2748.0, Order.ABCD).setFloat32(in, 52, 7589.0, Order.ABCD)
                    .setFloat32(in, 72, 1234.5, Order.ABCD).setFloat32(in, 74, 0.5, Order.ABCD);
            assertThat(site.ampgate("start").exit()).isZero();
            assertThat(site.ampgate("plugin", "enable", "meter-eastron").out()).contains("meter-eastron");

            // commissioning: the model is tried at the address before anything is configured
            String models = "";
            for (int i = 0; i < 40 && !models.contains("SDM630"); i++) {
                Thread.sleep(250);
                models = site.exec("modbus:models").out();
            }
            assertThat(models).contains("io.ampgate.meter.eastron").contains("SDM630").contains("SDM120");
            assertThat(site.exec("modbus:probe SDM630 " + slave.address(1)).out()).contains("voltage.l1")
                    .contains("E+ 1234500 Wh");

            Files.writeString(dir.resolve("conf/io.ampgate.meter.eastron-site.cfg"), """
                    ampgate.meter.id = grid
                    name = Grid connection
                    ampgate.meter.role = SITE
                    address = %s
                    model = SDM630
                    pollInterval = 200
                    """.formatted(slave.address(1)));
            Files.writeString(dir.resolve("conf/io.ampgate.meter.eastron-bad.cfg"), """
                    ampgate.meter.id = bad
                    address = 1@/dev/ttyUSB0:9600:8X1
                    """);

            String list = "";
            for (int i = 0; i < 60 && !list.contains("P 7589 W"); i++) {
                Thread.sleep(500);
                list = site.exec("meter list").out();
            }
            assertThat(list).contains("grid").contains("SITE").contains("ONLINE")
                    .contains("P 7589 W").contains("E+ 1234500 Wh").contains("E- 500 Wh");
            assertThat(list).doesNotContain("bad");
            assertThat(site.log()).contains("io.ampgate.meter.eastron: configuration not valid").contains("8X1");
        }
    }
}
