package io.ampgate.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterTableTest {

    private static RegisterTable sdmLike() {
        return RegisterTable.of(
                Register.input("v1", 0, DataType.FLOAT32),
                Register.input("v2", 2, DataType.FLOAT32),
                Register.input("v3", 4, DataType.FLOAT32),
                Register.input("i1", 6, DataType.FLOAT32),
                Register.input("p", 52, DataType.FLOAT32),
                Register.holding("id", 20, DataType.U16),
                Register.coil("relay", 0));
    }

    @Test
    void adjacentValuesShareARequest() {
        List<Block> blocks = sdmLike().blocks(125, 0);
        assertThat(blocks).extracting(Block::function, Block::start, Block::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FunctionCode.READ_COILS, 0, 1),
                org.assertj.core.groups.Tuple.tuple(FunctionCode.READ_HOLDING_REGISTERS, 20, 1),
                org.assertj.core.groups.Tuple.tuple(FunctionCode.READ_INPUT_REGISTERS, 0, 8),
                org.assertj.core.groups.Tuple.tuple(FunctionCode.READ_INPUT_REGISTERS, 52, 2));
    }

    @Test
    void aGapJoinsValuesWhenAllowed() {
        List<Block> blocks = sdmLike().blocks(125, 44);
        assertThat(blocks.get(2).start()).isZero();
        assertThat(blocks.get(2).count()).isEqualTo(54);
        assertThat(blocks.get(2).registers()).hasSize(5);
        assertThat(sdmLike().blocks(125, 43)).hasSize(4 + 0);
        assertThat(sdmLike().blocks(125, 43).get(3).start()).isEqualTo(52);
    }

    @Test
    void theLimitSplitsBetweenValuesNeverInside() {
        List<Block> blocks = sdmLike().blocks(3, 0);
        // 0..8 in float32s with at most 3 registers: one value per request
        assertThat(blocks.stream().filter(b -> b.function() == FunctionCode.READ_INPUT_REGISTERS))
                .extracting(Block::start, Block::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(2, 2),
                        org.assertj.core.groups.Tuple.tuple(4, 2), org.assertj.core.groups.Tuple.tuple(6, 2),
                        org.assertj.core.groups.Tuple.tuple(52, 2));
        assertThat(sdmLike().blocks(4, 0).stream().filter(b -> b.function() == FunctionCode.READ_INPUT_REGISTERS))
                .extracting(Block::count).containsExactly(4, 4, 2);
        assertThatThrownBy(() -> sdmLike().blocks(1, 0)).hasMessageContaining("spans 2 registers");
    }

    @Test
    void overlappingValuesAndWritesOnly() {
        RegisterTable t = RegisterTable.of(Register.input("a", 0, DataType.U32), Register.input("lo", 1, DataType.U16),
                new Register("w", FunctionCode.WRITE_SINGLE_REGISTER, 5, DataType.U16, 1, WordOrder.ABCD, 1, -1, ""));
        List<Block> blocks = t.blocks(125, 0);
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).count()).isEqualTo(2);
        Map<String, Double> numbers = new HashMap<>();
        blocks.get(0).decode(new int[] {1, 2}, numbers, new HashMap<>());
        assertThat(numbers).containsEntry("a", 65_538.0).containsEntry("lo", 2.0).doesNotContainKey("w");
        assertThatThrownBy(() -> blocks.get(0).decode(new int[] {1}, numbers, new HashMap<>()))
                .hasMessageContaining("answered 1 of the 2");
    }

    @Test
    void namesAreUnique() {
        assertThatThrownBy(() -> RegisterTable.of(Register.input("a", 0, DataType.U16), Register.input("a", 1, DataType.U16)))
                .hasMessageContaining("'a' twice");
        assertThatThrownBy(() -> sdmLike().blocks(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
