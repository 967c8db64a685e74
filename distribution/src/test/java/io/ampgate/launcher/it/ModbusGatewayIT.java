package io.ampgate.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.Order;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Modbus transport in the running gateway (j2mod and its SLF4J from pax-logging resolve), through its shell commands. */
class ModbusGatewayIT {

    @Test
    void testCommandReadsASimulatedMeter(@TempDir Path dir) throws Exception {
        try (Site site = new Site(dir); ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen()) {
            slave.unit(1).setFloat32(Area.INPUT_REGISTERS, 0, 230.5, Order.ABCD);
            assertThat(site.ampgate("start").exit()).isZero();

            Site.Result read = site.exec("modbus:test " + slave.address(1) + " 4 0 2 float32 ABCD");
            assertThat(read.exit()).as(read.all()).isZero();
            assertThat(read.out()).contains("0x4366").contains("FLOAT32 ABCD = 230.5");

            slave.stop();
            Site.Result refused = site.exec("modbus:test " + slave.address(1) + " 4 0 2");
            assertThat(refused.out()).contains("error: cannot connect to 127.0.0.1:" + slave.port());

            Site.Result devices = site.exec("modbus:devices");
            assertThat(devices.exit()).as(devices.all()).isZero();
            assertThat(devices.out()).contains("no Modbus devices are polled");
        }
    }
}
