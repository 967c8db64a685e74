package io.ampgate.meter.schneider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.internal.Transport;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The iEM3155 map served by the Modbus TCP slave simulator (unit 5), read through the real transport and the component. */
class SchneiderTransportTest {

    @Test
    void componentReadsAnIem3155OverModbusTcp() throws Exception {
        try (ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen();
                Transport transport = new Transport(Clock.systemUTC(), (device, health) -> { })) {
            var unit = slave.unit(5).strict(true);
            SchneiderModelTest.iem().words(FunctionCode.READ_HOLDING_REGISTERS)
                    .forEach((address, word) -> unit.setRegisters(Area.HOLDING_REGISTERS, address, word));
            Map<String, Object> form = Map.of("ampgate_meter_id", "zone-1", "address", slave.address(5));
            SchneiderMeter meter = new SchneiderMeter(transport, (SchneiderMeter.Config) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {SchneiderMeter.Config.class},
                    (proxy, method, args) -> form.getOrDefault(method.getName(), method.getDefaultValue())));
            try {
                MeterReading r = meter.readNow().toCompletableFuture().get(10, TimeUnit.SECONDS);

                assertThat(meter.info().model()).isEqualTo("iEM3155");
                assertThat(r.current().l1()).isEqualTo(10.5);
                assertThat(r.voltage().l2()).isEqualTo(231.0);
                assertThat(r.activePower().l3()).isCloseTo(-690.0, within(1e-3)); // kW on the wire
                assertThat(r.totalActivePower()).isCloseTo(3510.0, within(1e-3));
                assertThat(r.importEnergyWh()).isEqualTo(1_234_567.0);
                assertThat(r.exportEnergyWh()).isEqualTo(12_250.0);
                assertThat(slave.requests()).extracting(ModbusSlaveSimulator.Request::function).containsOnly(3);
            } finally {
                meter.deactivate();
            }
        }
    }
}
