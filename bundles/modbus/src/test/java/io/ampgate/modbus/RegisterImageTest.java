package io.ampgate.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegisterImageTest {

    @Test
    void encodesTheInverseOfDecode() {
        assertThat(RegisterImage.encode(DataType.FLOAT32, WordOrder.ABCD, 231.0)).containsExactly(0x4367, 0x0000);
        assertThat(RegisterImage.encode(DataType.S32, WordOrder.CDAB, -2)).containsExactly(0xFFFE, 0xFFFF);
        assertThat(RegisterImage.encode(DataType.S64, WordOrder.ABCD, 0x1_0002_0003L)).containsExactly(0, 1, 2, 3);
        Register r = Register.holding("p", 10, DataType.S32).withOrder(WordOrder.CDAB).scaled(0.1);
        Values v = RegisterImage.strict().put(r, -1234.5).poll(RegisterTable.of(r), 125, 0, Instant.EPOCH);
        assertThat(v.number("p")).isEqualTo(-1234.5);
    }

    @Test
    void strictImageRefusesUnmappedRegistersAndLongRequests() {
        Register a = Register.holding("a", 0, DataType.U16);
        Register b = Register.holding("b", 2, DataType.U16);
        RegisterImage image = RegisterImage.strict().set(FunctionCode.READ_HOLDING_REGISTERS, 0, 7).set(
                FunctionCode.READ_HOLDING_REGISTERS, 2, 9);

        assertThat(image.poll(RegisterTable.of(a, b), 125, 0, Instant.EPOCH).number("b")).isEqualTo(9);
        assertThat(image.words(FunctionCode.READ_HOLDING_REGISTERS)).containsExactly(java.util.Map.entry(0, 7),
                java.util.Map.entry(2, 9));
        assertThatThrownBy(() -> image.poll(RegisterTable.of(a, b), 125, 1, Instant.EPOCH))
                .hasMessageContaining("illegal data address 1");
        assertThatThrownBy(() -> image.read(new Block(FunctionCode.READ_HOLDING_REGISTERS, 0, 3, java.util.List.of()), 2))
                .hasMessageContaining("more than the device's 2");
    }
}
