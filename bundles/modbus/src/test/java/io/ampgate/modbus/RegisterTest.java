package io.ampgate.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegisterTest {

    private static double decode(DataType type, WordOrder order, int... words) {
        return Register.holding("v", 0, type).withOrder(order).decode(words, 0);
    }

    @Test
    void sixteenBits() {
        assertThat(decode(DataType.U16, WordOrder.ABCD, 0xFFFF)).isEqualTo(65_535);
        assertThat(decode(DataType.S16, WordOrder.ABCD, 0xFFFF)).isEqualTo(-1);
        assertThat(decode(DataType.S16, WordOrder.CDAB, 0x8000)).isEqualTo(-32_768);
        assertThat(decode(DataType.S16, WordOrder.ABCD, 0x7FFF)).isEqualTo(32_767);
    }

    @Test
    void thirtyTwoBitsInBothOrders() {
        assertThat(decode(DataType.U32, WordOrder.ABCD, 0x0001, 0x0002)).isEqualTo(65_538);
        assertThat(decode(DataType.U32, WordOrder.CDAB, 0x0002, 0x0001)).isEqualTo(65_538);
        assertThat(decode(DataType.U32, WordOrder.ABCD, 0xFFFF, 0xFFFF)).isEqualTo(4_294_967_295.0);
        assertThat(decode(DataType.S32, WordOrder.ABCD, 0xFFFF, 0xFFFE)).isEqualTo(-2);
        assertThat(decode(DataType.S32, WordOrder.CDAB, 0xFFFE, 0xFFFF)).isEqualTo(-2);
        assertThat(decode(DataType.S32, WordOrder.ABCD, 0x8000, 0x0000)).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void sixtyFourBits() {
        assertThat(decode(DataType.U64, WordOrder.ABCD, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF)).isEqualTo(0x1p64);
        assertThat(decode(DataType.U64, WordOrder.ABCD, 0x8000, 0, 0, 1)).isEqualTo(0x1p63);
        assertThat(decode(DataType.U64, WordOrder.CDAB, 1, 0, 0, 0)).isEqualTo(1);
        assertThat(decode(DataType.S64, WordOrder.ABCD, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF)).isEqualTo(-1);
        assertThat(decode(DataType.S64, WordOrder.CDAB, 0xFFFE, 0xFFFF, 0xFFFF, 0xFFFF)).isEqualTo(-2);
        assertThat(decode(DataType.S64, WordOrder.ABCD, 0, 0, 0x0001, 0x0000)).isEqualTo(65_536);
    }

    @Test
    void floats() {
        int bits = Float.floatToIntBits(230.2f);
        assertThat(decode(DataType.FLOAT32, WordOrder.ABCD, bits >>> 16, bits & 0xFFFF)).isEqualTo(230.2f);
        assertThat(decode(DataType.FLOAT32, WordOrder.CDAB, bits & 0xFFFF, bits >>> 16)).isEqualTo(230.2f);
        int neg = Float.floatToIntBits(-1.5f);
        assertThat(decode(DataType.FLOAT32, WordOrder.ABCD, neg >>> 16, neg & 0xFFFF)).isEqualTo(-1.5);
        assertThat(decode(DataType.FLOAT32, WordOrder.ABCD, 0x7FC0, 0x0000)).isNaN();
        assertThat(decode(DataType.FLOAT32, WordOrder.ABCD, 0xFF80, 0x0000)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(decode(DataType.FLOAT64, WordOrder.ABCD, 0x3FF8, 0, 0, 0)).isEqualTo(1.5);
        assertThat(decode(DataType.FLOAT64, WordOrder.CDAB, 0, 0, 0, 0xC000)).isEqualTo(-2.0);
    }

    @Test
    void scaleAndOffset() {
        Register r = Register.input("e", 10, DataType.S32).scaled(0.01);
        assertThat(r.decode(new int[] {9, 9, 0xFFFF, 0xFF38}, 2)).isCloseTo(-2.0, within(1e-12));
    }

    @Test
    void bits() {
        assertThat(Register.flag("f", 0, 3).decode(new int[] {0b1000}, 0)).isEqualTo(1);
        assertThat(Register.flag("f", 0, 2).decode(new int[] {0b1000}, 0)).isEqualTo(0);
        assertThat(Register.flag("f", 0, 15).decode(new int[] {0x8000}, 0)).isEqualTo(1);
        assertThat(Register.coil("c", 5).decode(new int[] {1}, 0)).isEqualTo(1);
    }

    @Test
    void texts() {
        Register t = Register.text("model", 0, 4);
        int[] words = {'S' << 8 | 'D', 'M' << 8 | '6', '3' << 8 | '0', ' ' << 8};
        assertThat(t.text(words, 0)).isEqualTo("SDM630");
        assertThat(t.text(new int[] {'A' << 8 | 'B', 0, 0, 0}, 0)).isEqualTo("AB");
        assertThat(t.text(new int[4], 0)).isEmpty();
        assertThatThrownBy(() -> t.decode(words, 0)).isInstanceOf(IllegalStateException.class);
        assertThat(t.words()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"STRING", "BITS"}, mode = EnumSource.Mode.EXCLUDE)
    void encodeIsTheInverseOfDecode(DataType type) {
        for (WordOrder order : WordOrder.values()) {
            Register r = Register.holding("v", 0, type).withOrder(order);
            double value = type.name().startsWith("U") ? 40_000 : -12;
            assertThat(r.decode(r.encode(value), 0)).isEqualTo(value);
        }
    }

    @Test
    void encodeScaledAndLimits() {
        Register r = Register.holding("i", 0, DataType.U16).scaled(0.1);
        assertThat(r.encode(16.0)).containsExactly(160);
        assertThat(Register.holding("i", 0, DataType.S32).withOrder(WordOrder.CDAB).encode(-2))
                .containsExactly(0xFFFE, 0xFFFF);
        assertThat(Register.holding("i", 0, DataType.U64).encode(0x1p63)).containsExactly(0x8000, 0, 0, 0);
        assertThatThrownBy(() -> Register.holding("i", 0, DataType.U16).encode(70_000))
                .hasMessageContaining("does not fit in U16");
        assertThatThrownBy(() -> Register.holding("i", 0, DataType.U16).encode(-1)).hasMessageContaining("U16");
        assertThatThrownBy(() -> Register.text("t", 0, 2).encode(1)).hasMessageContaining("text");
        assertThat(Register.coil("c", 0).encode(1)).containsExactly(1);
    }

    @Test
    void checksFields() {
        assertThatThrownBy(() -> new Register("x", FunctionCode.READ_COILS, 0, DataType.U16, 0, WordOrder.ABCD, 1, -1, ""))
                .hasMessageContaining("use type BITS");
        assertThatThrownBy(() -> Register.holding("x", 65_535, DataType.U32)).hasMessageContaining("outside 0..65535");
        assertThatThrownBy(() -> Register.holding("x", 0, DataType.U16).scaled(0)).hasMessageContaining("scale");
        assertThatThrownBy(() -> Register.flag("x", 0, 16)).hasMessageContaining("bit number");
        assertThatThrownBy(() -> Register.text("x", 0, 126)).hasMessageContaining("1 to 125");
    }
}
