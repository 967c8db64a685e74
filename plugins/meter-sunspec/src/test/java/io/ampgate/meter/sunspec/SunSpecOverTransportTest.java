package io.ampgate.meter.sunspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.internal.Transport;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SunSpec maps served by the Modbus TCP slave simulator on 127.0.0.1, read through the real transport. */
class SunSpecOverTransportTest {
    private final Transport transport = new Transport(Clock.systemUTC(), (device, health) -> { });
    private ModbusSlaveSimulator sim;

    @AfterEach
    void stop() {
        transport.close();
        if (sim != null) {
            sim.close();
        }
    }

    /** Serves a fake register space as unit 1's holding registers; unset registers answer exception 02. */
    private String serve(FakeSunSpec space) throws Exception {
        sim = ModbusSlaveSimulator.listen();
        sim.unit(1).strict(true);
        for (Map.Entry<Integer, Integer> e : space.words.entrySet()) {
            sim.unit(1).setRegisters(Area.HOLDING_REGISTERS, e.getKey(), e.getValue());
        }
        return sim.address(1);
    }

    private static FakeSunSpec threePhase(int base) {
        FakeSunSpec f = FakeSunSpec.at(base).common(65, "SolarEdge", "SE9K", "7E0A1B2C");
        int m = f.model(103, 50);
        f.point(m, 2, 1200, 400, 400, 400, -2).point(m, 10, 2301, 2302, 2303, -1).point(m, 14, 27600, -1)
                .point(m, 24, 0x0012, 0xD687, 0);
        return f.end();
    }

    @Test
    void discoversThroughTheTransport() throws Exception {
        String address = serve(threePhase(40_000));

        SunSpecDevice d = SunSpecDiscovery.discover(
                new TransportReader(transport, ModbusAddress.parse(address), Duration.ofSeconds(1)));

        assertThat(d.base()).isEqualTo(40_000);
        assertThat(d.manufacturer()).isEqualTo("SolarEdge");
        assertThat(d.serial()).isEqualTo("7E0A1B2C");
        assertThat(d.measurement().start()).isEqualTo(40_069);
    }

    @Test
    void probesPastAddressesTheDeviceRefuses() throws Exception {
        String address = serve(threePhase(0));

        SunSpecDevice d = SunSpecDiscovery.discover(
                new TransportReader(transport, ModbusAddress.parse(address), Duration.ofSeconds(1)));

        assertThat(d.base()).isZero();
    }

    @Test
    void noMarkerNamesWhatEachBaseAnswered() throws Exception {
        String address = serve(new FakeSunSpec().put(40_000, 1, 2));

        assertThatThrownBy(() -> SunSpecDiscovery.discover(
                new TransportReader(transport, ModbusAddress.parse(address), Duration.ofSeconds(1))))
                .hasMessageContaining("40000: 0x0001 0x0002").hasMessageContaining("50000: ");
    }

    @Test
    void meterReadsProductionInWattsAndWattHours() throws Exception {
        String address = serve(threePhase(40_000));
        SunSpecMeterComponent meter = new SunSpecMeterComponent(transport,
                SunSpecMeterComponentTest.config(address, -1));
        try {
            SunSpecMeterComponentTest.await(() -> meter.lastReading().isPresent());

            MeterReading r = meter.lastReading().orElseThrow();
            assertThat(r.totalActivePower()).isCloseTo(-2760.0, within(1e-9)); // W 27600 × 10^-1, production
            assertThat(r.voltage().l2()).isCloseTo(230.2, within(1e-9));
            assertThat(r.current().l3()).isCloseTo(-4.0, within(1e-9));
            assertThat(r.exportEnergyWh()).isEqualTo(0x0012D687); // 1,234,567 Wh, WH_SF 0
            assertThat(r.importEnergyWh()).isNaN();
            assertThat(meter.health().state()).isEqualTo(DeviceHealth.State.ONLINE);
        } finally {
            meter.close();
        }
    }

    @Test
    void singlePhaseInverterAt50000AndItsOutage() throws Exception {
        FakeSunSpec f = FakeSunSpec.at(50_000).common(66, "Acme", "Uno", "U1");
        int m = f.model(101, 50);
        f.point(m, 2, 1300, 1300, 0xFFFF, 0xFFFF, -2).point(m, 10, 2310, 0xFFFF, 0xFFFF, -1).point(m, 14, 300, 1)
                .point(m, 24, 0, 5000, 3);
        String address = serve(f.end());
        SunSpecMeterComponent meter = new SunSpecMeterComponent(transport,
                SunSpecMeterComponentTest.config(address, -1));
        try {
            SunSpecMeterComponentTest.await(() -> meter.lastReading().isPresent());

            MeterReading r = meter.lastReading().orElseThrow();
            assertThat(meter.device().orElseThrow().base()).isEqualTo(50_000);
            assertThat(r.totalActivePower()).isEqualTo(-3000);
            assertThat(r.activePower().l1()).isEqualTo(-3000);
            assertThat(r.current().l1()).isCloseTo(-13.0, within(1e-9));
            assertThat(r.voltage().l1()).isCloseTo(231.0, within(1e-9));
            assertThat(r.voltage().l2()).isNaN();
            assertThat(r.exportEnergyWh()).isEqualTo(5_000_000);

            sim.stop();
            SunSpecMeterComponentTest.await(() -> meter.health().state() == DeviceHealth.State.COMM_ERROR);
            assertThat(meter.lastReading().orElseThrow().totalActivePower()).isEqualTo(-3000); // the last one stays
        } finally {
            meter.close();
        }
    }
}
