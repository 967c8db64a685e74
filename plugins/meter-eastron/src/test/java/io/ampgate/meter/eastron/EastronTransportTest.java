package io.ampgate.meter.eastron;

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

/** The SDM630 map served by the Modbus TCP slave simulator, read through the real transport and the component. */
class EastronTransportTest {

    private static EastronMeter.Config config(Map<String, Object> values) {
        return (EastronMeter.Config) Proxy.newProxyInstance(EastronMeter.Config.class.getClassLoader(),
                new Class<?>[] {EastronMeter.Config.class},
                (proxy, method, args) -> values.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    void componentReadsAnSdm630OverModbusTcp() throws Exception {
        try (ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen();
                Transport transport = new Transport(Clock.systemUTC(), (device, health) -> { })) {
            // a strict unit answers "illegal data address" to any register the test did not set
            var unit = slave.unit(1).strict(true);
            EastronModelTest.sdm630().words(FunctionCode.READ_INPUT_REGISTERS)
                    .forEach((address, word) -> unit.setRegisters(Area.INPUT_REGISTERS, address, word));
            EastronMeter meter = new EastronMeter(transport, config(Map.of("ampgate_meter_id", "grid",
                    "address", slave.address(1), "ctReversed", true, "phaseMapping", "L2L3L1")));
            try {
                MeterReading r = meter.readNow().toCompletableFuture().get(10, TimeUnit.SECONDS);

                assertThat(meter.info().model()).isEqualTo("SDM630");
                assertThat(r.voltage().get(Phase.L2)).isCloseTo(230.2, within(1e-4));
                assertThat(r.current().get(Phase.L3)).isEqualTo(8.25);
                assertThat(r.activePower().get(Phase.L1)).isEqualTo(690.0); // input L3, CT reversed
                assertThat(r.totalActivePower()).isEqualTo(-3510.0);
                assertThat(r.importEnergyWh()).isEqualTo(12_250.0);
                assertThat(r.exportEnergyWh()).isEqualTo(1_234_500.0);
                assertThat(slave.requests()).allSatisfy(q -> {
                    assertThat(q.function()).isEqualTo(4);
                    assertThat(q.address() % 2).isZero();
                    assertThat(q.count() % 2).isZero();
                    assertThat(q.count()).isLessThanOrEqualTo(60);
                });
            } finally {
                meter.deactivate();
            }
        }
    }
}
