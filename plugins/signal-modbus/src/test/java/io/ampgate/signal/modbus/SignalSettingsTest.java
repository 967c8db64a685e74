package io.ampgate.signal.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.WordOrder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalSettingsTest {

    @Test
    void theFormsDefaultsReadDiscreteInput0EverySecond() {
        SignalSettings s = SignalSettings.of(Configs.config(Map.of("ampgate_signal_id", "dso", "address", "3@/dev/ttyUSB0")));

        assertThat(s.id()).isEqualTo("dso");
        assertThat(s.device().id()).isEqualTo("dso");
        assertThat(s.device().address()).isEqualTo(ModbusAddress.parse("3@/dev/ttyUSB0:9600:8N1"));
        assertThat(s.device().pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.device().timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.device().retries()).isEqualTo(1);
        assertThat(s.input().level().function()).isEqualTo(FunctionCode.READ_DISCRETE_INPUTS);
        assertThat(s.input().level().address()).isZero();
        assertThat(s.input().limit()).isEmpty();
    }

    @Test
    void theLimitRegisterIsReadWithItsOwnFunctionTypeAndScaleAndTheWordOrder() {
        SignalSettings s = SignalSettings.of(Configs.parse("ems", "1@127.0.0.1:502",
                "function=3;register=0x64;type=u32;wordOrder=CDAB;limitRegister=0x66;limitFunction=4;"
                        + "limitType=s32;limitScale=0.1;pollIntervalMs=250;timeoutMs=400"));

        var limit = s.input().limit().orElseThrow();
        assertThat(limit.register().function()).isEqualTo(FunctionCode.READ_INPUT_REGISTERS);
        assertThat(limit.register().address()).isEqualTo(102);
        assertThat(limit.register().order()).isEqualTo(WordOrder.CDAB);
        assertThat(limit.register().scale()).isEqualTo(0.1);
        assertThat(limit.meaning()).isEqualTo(Limit.Meaning.AMPERES);
        assertThat(s.input().level().address()).isEqualTo(100);
        assertThat(s.device().pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.device().timeout()).isEqualTo(Duration.ofMillis(400));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            grid  | function=3;register=x1             | register 'x1' is not an address: write it in decimal (100) or hex (0x0064)
            grid  | function=3;register=65536          | register 65536 is outside 0..65535
            grid  | function=4;register=65535;type=u32 | register: a u32 at 65535 ends past register 65535
            grid  | function=5                         | function '5' is not 1 (coil), 2 (discrete input), 3 (holding register) or 4 (input register)
            grid  | function=3;type=int               | type 'int' is not u16, s16, u32, s32, u64, s64, float32 or float64
            grid  | function=3;type=string            | type 'string' is not u16
            grid  | function=3;wordOrder=BADC         | wordOrder 'BADC' is not ABCD
            grid  | function=2;polarity=closed        | polarity 'closed' is not active-high
            grid  | function=3;levels=0=favorable     | levels: no value means constrained
            grid  | limitRegister=10;limitFunction=1  | limitFunction '1' is not 3 (holding register) or 4 (input register)
            grid  | limitRegister=10;limitMeaning=kW  | limitMeaning 'kW' is not amperes (a cap in A per phase) or sessions
            grid  | limitRegister=10;limitScale=0     | limitScale must be a number other than 0
            grid  | limitRegister=x                   | limitRegister 'x' is not an address
            grid  | pollIntervalMs=50                 | pollIntervalMs must be at least 100, not 50
            grid  | timeoutMs=70000                   | timeoutMs must be 10 to 60000, not 70000
            ' '   | function=2                        | ampgate.signal.id is empty
            """)
    void refusesAWrongSettingSayingWhatIsWrong(String id, String settings, String message) {
        assertThatThrownBy(() -> SignalSettings.of(Configs.parse(id, "1@127.0.0.1:502", settings)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("grid signal '" + id.strip() + "': ").hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                         | address is empty: write unit@host:port
            1@                         | address: '1@' is not a Modbus address
            248@127.0.0.1              | address: unit id must be 0 to 247, not 248
            1@/dev/ttyUSB0:9600:8X1    | address: '9600:8X1' is not baud:framing
            """)
    void refusesAWrongAddress(String address, String message) {
        assertThatThrownBy(() -> SignalSettings.of(Configs.config(Map.of("ampgate_signal_id", "grid", "address", address))))
                .hasMessageContaining(message);
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertThatThrownBy(() -> SignalSettings.of(Configs.parse("grid", "nowhere",
                "function=3;register=-1;levels=;limitRegister=1;limitType=u8;timeoutMs=5")))
                .hasMessageContaining("address: 'nowhere' is not a Modbus address")
                .hasMessageContaining("register -1 is outside 0..65535")
                .hasMessageContaining("levels: no value means favorable")
                .hasMessageContaining("limitType 'u8' is not")
                .hasMessageContaining("timeoutMs must be 10 to 60000, not 5");
    }

    @Test
    void aMissingAddressOrIdInTheFileIsRefusedNotAFailure() {
        assertThatThrownBy(() -> SignalSettings.of(Configs.config(Map.of())))
                .hasMessageContaining("ampgate.signal.id is empty").hasMessageContaining("address is empty");
    }
}
