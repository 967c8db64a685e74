package io.ampgate.modbus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterCatalog;
import io.ampgate.modbus.meter.MeterModel;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.ModbusSlaveSimulator;
import io.ampgate.simulator.modbus.Order;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Probing an address with a plugin's model before it is configured, against a slave on 127.0.0.1. */
class MeterProbeCommandsTest {

    private static final MeterModel MODEL = new MeterModel("Acme", "AM3", RegisterTable.of(
            Register.input(Channels.VOLTAGE_L1, 0, DataType.FLOAT32).withUnit("V"),
            Register.input(Channels.CURRENT_L1, 6, DataType.FLOAT32).withUnit("A"),
            Register.input(Channels.ENERGY_IMPORT, 72, DataType.FLOAT32).scaled(1000).withUnit("Wh")), 60, 0, "9600:8N1");

    private static final MeterCatalog CATALOG = new MeterCatalog() {
        @Override
        public String pid() {
            return "io.ampgate.meter.acme";
        }

        @Override
        public List<MeterModel> models() {
            return List.of(MODEL);
        }
    };

    @Test
    void anInstallerSeesEveryValueOfAModelAtAnAddressBeforeConfiguringIt() throws Exception {
        try (Transport transport = new Transport(Clock.systemUTC(), (device, health) -> { });
                ModbusSlaveSimulator slave = ModbusSlaveSimulator.listen()) {
            slave.unit(3).setFloat32(Area.INPUT_REGISTERS, 0, 230.2, Order.ABCD)
                    .setFloat32(Area.INPUT_REGISTERS, 6, 16.5, Order.ABCD)
                    .setFloat32(Area.INPUT_REGISTERS, 72, 1234.5, Order.ABCD);
            MeterProbeCommands commands = new MeterProbeCommands(transport);
            commands.addCatalog(CATALOG);

            assertThat(commands.models()).contains("io.ampgate.meter.acme").contains("AM3").contains("Acme");
            String probe = commands.probe("am3", "3@127.0.0.1:" + slave.port());

            assertThat(probe).contains("Acme AM3 at 3@127.0.0.1:" + slave.port()).contains("voltage.l1").contains("230.200 V")
                    .contains("16.500 A").contains("E+ 1234500 Wh");
            assertThatIllegalArgumentException().isThrownBy(() -> commands.probe("XYZ", "1@127.0.0.1:1"))
                    .withMessageContaining("no enabled meter plugin has a model 'XYZ'");
            slave.stop();
            assertThatIllegalStateException().isThrownBy(() -> commands.probe("AM3", "3@127.0.0.1:" + slave.port()))
                    .withMessageContaining("AM3 at 3@127.0.0.1:" + slave.port());
        }
    }
}
