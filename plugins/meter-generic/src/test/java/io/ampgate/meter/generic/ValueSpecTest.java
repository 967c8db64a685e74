package io.ampgate.meter.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.WordOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueSpecTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            4:0x0048:float32:ABCD:1000 | 4 | 72    | FLOAT32 | 2 | ABCD | 1000
            4:0x0048:float32           | 4 | 72    | FLOAT32 | 2 | ABCD | 1
            3:40072:s32::0.1           | 3 | 40072 | S32     | 2 | ABCD | 0.1
            03:0X9C48:U64:cdab:1e-3    | 3 | 40008 | U64     | 4 | CDAB | 0.001
            ' 4 : 12 : uint16 : : -1 ' | 4 | 12    | U16     | 1 | ABCD | -1
            3:65535:int16              | 3 | 65535 | S16     | 1 | ABCD | 1
            3:0:double:CDAB            | 3 | 0     | FLOAT64 | 4 | CDAB | 1
            4:0x0156:float:ABCD:1000   | 4 | 342   | FLOAT32 | 2 | ABCD | 1000
            """)
    void parsesGoodInput(String text, int fc, int address, DataType type, int words, WordOrder order, double multiplier) {
        Register r = ValueSpec.parse("energyImport", "energy.import", text, "Wh");

        assertThat(r.name()).isEqualTo("energy.import");
        assertThat(r.function()).isEqualTo(FunctionCode.of(fc));
        assertThat(r.address()).isEqualTo(address);
        assertThat(r.type()).isEqualTo(type);
        assertThat(r.words()).isEqualTo(words);
        assertThat(r.order()).isEqualTo(order);
        assertThat(r.scale()).isEqualTo(multiplier);
        assertThat(r.unit()).isEqualTo("Wh");
    }

    @Test
    void manualNumberingIsTakenAsItIsBecauseItIsAValidAddress() {
        // 30073 is a valid PDU address (SunSpec lives at 40000): accepted; the docs warn about 30001 numbering
        assertThat(ValueSpec.parse("energyImport", "energy.import", "4:30073:float32", "Wh").address()).isEqualTo(30073);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | needs 3 to 5 fields separated by ':', found 0
            4:0x0048                    | needs 3 to 5 fields separated by ':', found 2
            4:0x0048:float32:ABCD:1:2   | needs 3 to 5 fields separated by ':', found 6
            4,0x0048,float32            | needs 3 to 5 fields separated by ':', found 1
            5:0x0048:float32            | function code '5' is not 3 (holding registers) or 4 (input registers)
            x:0x0048:float32            | function code 'x' is not 3 (holding registers) or 4 (input registers)
            4:0x00G8:float32            | register '0x00G8' is not a number: write it in decimal (72) or hex (0x0048)
            4:-1:u16                    | register -1 is outside 0..65535 (0x0000..0xFFFF)
            4:65536:u16                 | register 65536 is outside 0..65535
            4:0x10000:u16               | register 0x10000 is outside 0..65535
            4:65535:float32             | a float32 at 65535 ends past register 65535
            4:72:float16                | type 'float16' is not one of u16, s16, u32, s32, u64, s64, float32, float64
            4:72:                       | type '' is not one of u16
            4:72:float32:BADC           | word order 'BADC' is not ABCD or CDAB
            4:72:float32:ABCD:k         | multiplier 'k' is not a decimal number (e.g. 1000, 0.1, 1e-3)
            4:72:float32:ABCD:0         | multiplier '0' must be a finite number other than 0
            4:72:float32:ABCD:NaN       | multiplier 'NaN' must be a finite number other than 0
            4:72:float32:ABCD:Infinity  | multiplier 'Infinity' must be a finite number other than 0
            """)
    void refusesBadInputSayingWhatIsWrongAndWhatItShouldLookLike(String text, String message) {
        assertThatThrownBy(() -> ValueSpec.parse("energyImport", "energy.import", text, "Wh"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("energyImport = \"" + (text == null ? "" : text) + "\": ")
                .hasMessageContaining(message)
                .hasMessageEndingWith("; write fc:register:type[:order[:multiplier]], e.g. 4:0x0048:float32:ABCD:1000");
    }
}
