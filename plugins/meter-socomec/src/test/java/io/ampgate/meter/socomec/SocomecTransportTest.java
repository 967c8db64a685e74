package io.ampgate.meter.socomec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.Phase;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.internal.Transport;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A Countis E24 served by the Modbus TCP slave simulator, read through the real transport and the component. */
class SocomecTransportTest {

    @Test
    void componentReadsACountisE24OverModbusTcp() throws Exception {
        try (ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen();
                Transport transport = new Transport(Clock.systemUTC(), (device, health) -> { })) {
            var unit = slave.unit(7).strict(true);
            SocomecModelTest.countis().words(FunctionCode.READ_HOLDING_REGISTERS)
                    .forEach((address, word) -> unit.setRegisters(Area.HOLDING_REGISTERS, address, word));
            Map<String, Object> form = Map.of("ampgate_meter_id", "zone-2", "address", slave.address(7),
                    "phaseMapping", "L3L1L2");
            SocomecMeter meter = new SocomecMeter(transport, (SocomecMeter.Config) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {SocomecMeter.Config.class},
                    (proxy, method, args) -> form.getOrDefault(method.getName(), method.getDefaultValue())));
            try {
                MeterReading r = meter.readNow().toCompletableFuture().get(10, TimeUnit.SECONDS);

                assertThat(meter.info().model()).isEqualTo("Countis E24");
                assertThat(r.voltage().get(Phase.L3)).isCloseTo(230.2, within(1e-9));
                assertThat(r.current().get(Phase.L1)).isCloseTo(8.25, within(1e-9));
                assertThat(r.activePower().get(Phase.L2)).isEqualTo(-690.0);
                assertThat(r.totalActivePower()).isEqualTo(3510.0);
                assertThat(r.importEnergyWh()).isEqualTo(1_234_560.0);
                assertThat(r.exportEnergyWh()).isEqualTo(12_250.0);
                assertThat(slave.requests()).extracting(ModbusSlaveSimulator.Request::count).containsOnly(30, 2);
            } finally {
                meter.deactivate();
            }
        }
    }
}
