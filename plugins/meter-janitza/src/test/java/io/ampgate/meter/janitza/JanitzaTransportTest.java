package io.ampgate.meter.janitza;

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

/** A UMG 604 served by the Modbus TCP slave simulator, read through the real transport and the component. */
class JanitzaTransportTest {

    @Test
    void componentReadsAUmg604OverModbusTcp() throws Exception {
        try (ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen();
                Transport transport = new Transport(Clock.systemUTC(), (device, health) -> { })) {
            var unit = slave.unit(1).strict(true);
            JanitzaModelTest.umg604().words(FunctionCode.READ_HOLDING_REGISTERS)
                    .forEach((address, word) -> unit.setRegisters(Area.HOLDING_REGISTERS, address, word));
            Map<String, Object> form = Map.of("ampgate_meter_id", "grid", "address", slave.address(1), "ctReversed", true);
            JanitzaMeter meter = new JanitzaMeter(transport, (JanitzaMeter.Config) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {JanitzaMeter.Config.class},
                    (proxy, method, args) -> form.getOrDefault(method.getName(), method.getDefaultValue())));
            try {
                MeterReading r = meter.readNow().toCompletableFuture().get(10, TimeUnit.SECONDS);

                assertThat(meter.info().model()).isEqualTo("UMG 604");
                assertThat(r.voltage().l1()).isCloseTo(230.2, within(1e-4));
                assertThat(r.current().l3()).isEqualTo(3.0);
                assertThat(r.activePower().l1()).isEqualTo(-2400.0); // CT reversed
                assertThat(r.totalActivePower()).isEqualTo(-3510.0);
                assertThat(r.importEnergyWh()).isEqualTo(12_250.0);
                assertThat(r.exportEnergyWh()).isEqualTo(1_234_567.0);
                assertThat(slave.requests()).extracting(ModbusSlaveSimulator.Request::address)
                        .containsOnly(19000, 19068, 19076);
            } finally {
                meter.deactivate();
            }
        }
    }
}
