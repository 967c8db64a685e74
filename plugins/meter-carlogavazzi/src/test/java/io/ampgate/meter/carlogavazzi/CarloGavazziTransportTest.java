package io.ampgate.meter.carlogavazzi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.meter.MeterRole;
import io.ampgate.modbus.internal.Transport;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.Order;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An EM24 (RS485 map) served by the Modbus TCP slave simulator, its values set with the
 * simulator's own CDAB encoder, read through the real transport and the component as a PV meter.
 */
class CarloGavazziTransportTest {

    @Test
    void componentReadsAnEm24OverModbusTcp() throws Exception {
        try (ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen();
                Transport transport = new Transport(Clock.systemUTC(), (device, health) -> { })) {
            Area in = Area.INPUT_REGISTERS;
            slave.unit(2).strict(true)
                    .setS32(in, 0, 2302, Order.CDAB).setS32(in, 2, 2310, Order.CDAB).setS32(in, 4, 2295, Order.CDAB)
                    .setS32(in, 12, 4000, Order.CDAB).setS32(in, 14, 4100, Order.CDAB).setS32(in, 16, 3900, Order.CDAB)
                    .setS32(in, 18, -9200, Order.CDAB).setS32(in, 20, -9400, Order.CDAB).setS32(in, 22, -8900, Order.CDAB)
                    .setS32(in, 40, -27500, Order.CDAB) // PV production: -2750 W
                    .setS32(in, 66, 31, Order.CDAB) // 3.1 kWh drawn at night
                    .setS32(in, 92, 987654, Order.CDAB); // 98765.4 kWh produced
            Map<String, Object> form = Map.of("ampgate_meter_id", "pv-1", "ampgate_meter_role", MeterRole.PV,
                    "address", slave.address(2), "model", CarloGavazziModel.EM24);
            CarloGavazziMeter meter = new CarloGavazziMeter(transport, (CarloGavazziMeter.Config) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {CarloGavazziMeter.Config.class},
                    (proxy, method, args) -> form.getOrDefault(method.getName(), method.getDefaultValue())));
            try {
                MeterReading r = meter.readNow().toCompletableFuture().get(10, TimeUnit.SECONDS);

                assertThat(meter.info().role()).isEqualTo(MeterRole.PV);
                assertThat(r.voltage().l1()).isCloseTo(230.2, within(1e-9));
                assertThat(r.current().l2()).isCloseTo(4.1, within(1e-9));
                assertThat(r.activePower().l1()).isCloseTo(-920.0, within(1e-9));
                assertThat(r.totalActivePower()).isCloseTo(-2750.0, within(1e-9));
                assertThat(r.importEnergyWh()).isEqualTo(3_100.0);
                assertThat(r.exportEnergyWh()).isEqualTo(98_765_400.0);
                assertThat(slave.requests()).extracting(ModbusSlaveSimulator.Request::address)
                        .containsOnly(0, 12, 40, 66, 92);
            } finally {
                meter.deactivate();
            }
        }
    }
}
