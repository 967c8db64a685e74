package io.ampgate.meter.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.device.DeviceHealth;
import io.ampgate.api.meter.MeterReading;
import io.ampgate.modbus.internal.Transport;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.Order;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A generic meter over the real transport, reading the Modbus TCP slave simulator on 127.0.0.1. */
class GenericMeterOverTransportTest {
    private final Transport transport = new Transport(Clock.systemUTC(), (device, health) -> { });
    private ModbusSlaveSimulator sim;

    @AfterEach
    void stop() {
        transport.close();
        if (sim != null) {
            sim.close();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void readsAnEastronLikeMapEnteredByHand() throws Exception {
        sim = ModbusSlaveSimulator.listen();
        sim.unit(3).strict(true) // registers not set answer "illegal data address": no read over gaps
                .setFloat32(Area.INPUT_REGISTERS, 0x0000, 230.5, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x0006, 10.0, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x000C, 2305.0, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x0034, 2305.0, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x0048, 1234.5, Order.ABCD) // kWh
                .setFloat32(Area.INPUT_REGISTERS, 0x004A, 2.5, Order.ABCD);
        GenericMeter meter = new GenericMeter(transport, GenericMeterSettingsTest.config(sim.address(3), false, Map.of(
                "voltageL1", "4:0x0000:float32", "currentL1", "4:0x0006:float32", "powerL1", "4:0x000C:float32",
                "powerTotal", "4:0x0034:float32", "energyImport", "4:0x0048:float32:ABCD:1000",
                "energyExport", "4:0x004A:float32:ABCD:1000")));
        try {
            await(() -> meter.lastReading().isPresent());

            MeterReading r = meter.lastReading().orElseThrow();
            assertThat(r.voltage().l1()).isEqualTo(230.5);
            assertThat(r.current().l1()).isEqualTo(10);
            assertThat(r.activePower().l1()).isEqualTo(2305);
            assertThat(r.totalActivePower()).isEqualTo(2305);
            assertThat(r.importEnergyWh()).isCloseTo(1_234_500, within(1e-6));
            assertThat(r.exportEnergyWh()).isEqualTo(2500);
            assertThat(r.voltage().l2()).isNaN();
            assertThat(meter.health().state()).isEqualTo(DeviceHealth.State.ONLINE);
            assertThat(meter.info().manufacturer()).isEqualTo("Acme");
        } finally {
            meter.close();
        }
    }

    @Test
    void readsWordSwappedIntegersFromHoldingRegistersReversed() throws Exception {
        sim = ModbusSlaveSimulator.listen();
        sim.unit(1).setS32(Area.HOLDING_REGISTERS, 300, -4200, Order.CDAB) // W, exporting through reversed CTs
                .setU32(Area.HOLDING_REGISTERS, 302, 123_456, Order.CDAB) // tenths of kWh
                .setS16(Area.HOLDING_REGISTERS, 310, 2311); // tenths of V
        GenericMeter meter = new GenericMeter(transport, GenericMeterSettingsTest.config(sim.address(1), true, Map.of(
                "powerTotal", "3:300:s32:CDAB", "energyImport", "3:302:u32:CDAB:100",
                "voltageL1", "3:310:s16::0.1")));
        try {
            await(() -> meter.lastReading().isPresent());

            MeterReading r = meter.lastReading().orElseThrow();
            assertThat(r.totalActivePower()).isEqualTo(4200); // reversed: the sign changes
            assertThat(r.exportEnergyWh()).isCloseTo(12_345_600, within(1e-6)); // and import becomes export
            assertThat(r.importEnergyWh()).isNaN();
            assertThat(r.voltage().l1()).isCloseTo(231.1, within(1e-9));
        } finally {
            meter.close();
        }
    }
}
