package io.ampgate.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModbusAddressTest {

    @Test
    void tcp() {
        ModbusAddress a = ModbusAddress.parse(" 1@172.16.0.10:5020 ");
        assertThat(a.unitId()).isEqualTo(1);
        assertThat(a.gateway()).isEqualTo(new ModbusAddress.Tcp("172.16.0.10", 5020));
        assertThat(a.gateway().key()).isEqualTo("tcp:172.16.0.10:5020");
        assertThat(ModbusAddress.parse("247@Meter.local").gateway()).isEqualTo(new ModbusAddress.Tcp("Meter.local", 502));
        assertThat(ModbusAddress.parse("2@meter.LOCAL:502").gateway().key())
                .isEqualTo(ModbusAddress.parse("3@METER.local").gateway().key());
        assertThat(ModbusAddress.parse("0@[fe80::1]:503").gateway()).isEqualTo(new ModbusAddress.Tcp("fe80::1", 503));
        assertThat(ModbusAddress.parse("0@[fe80::1]:503").toString()).isEqualTo("0@[fe80::1]:503");
        assertThat(a.toString()).isEqualTo("1@172.16.0.10:5020");
    }

    @Test
    void serial() {
        ModbusAddress a = ModbusAddress.parse("2@/dev/ttyUSB0:19200:8E1");
        assertThat(a.gateway()).isEqualTo(new ModbusAddress.Serial("/dev/ttyUSB0", 19_200, 8, 'E', 1));
        assertThat(a.gateway().key()).isEqualTo("serial:/dev/ttyUSB0");
        assertThat(ModbusAddress.parse("3@/dev/ttyUSB0").gateway())
                .isEqualTo(new ModbusAddress.Serial("/dev/ttyUSB0", 9600, 8, 'N', 1));
        assertThat(ModbusAddress.parse("3@COM4:9600").gateway()).isEqualTo(new ModbusAddress.Serial("COM4", 9600, 8, 'N', 1));
        assertThat(ModbusAddress.parse("3@com4:38400:8o2").gateway())
                .isEqualTo(new ModbusAddress.Serial("com4", 38_400, 8, 'O', 2));
        assertThat(a.toString()).isEqualTo("2@/dev/ttyUSB0:19200:8E1");
        assertThat(ModbusAddress.parse(a.toString())).isEqualTo(a);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|is not a Modbus address: write unit@host:port",
        "172.16.0.10:502|is not a Modbus address",
        "1@|is not a Modbus address",
        "x@host|'x' is not a unit id (0 to 247)",
        "248@host|unit id must be 0 to 247, not 248",
        "-1@host|unit id must be 0 to 247",
        "1@host:port|'port' is not a TCP port",
        "1@host:0|TCP port must be 1 to 65535, not 0",
        "1@host:70000|TCP port must be 1 to 65535",
        "1@:502|needs a host",
        "1@/dev/ttyUSB0:fast|'fast' is not baud:framing, e.g. 9600:8N1",
        "1@/dev/ttyUSB0:9600:8X1|'9600:8X1' is not baud:framing",
        "1@/dev/ttyUSB0:100|baud rate 100 is outside 300..921600",
        "1@COM1:9600:9N1|is not baud:framing"})
    void badAddressesSayWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> ModbusAddress.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void serialParametersForJ2mod() {
        var p = io.ampgate.modbus.internal.SerialSettingsProbe.of("4@/dev/ttyS1:19200:7E2");
        assertThat(p).isEqualTo("/dev/ttyS1 19200 7 parity=2 stop=3 rtu");
    }
}
