package io.ampgate.api.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhaseValuesTest {

    private static final double NaN = Double.NaN;

    private static PhaseValues pv(double l1, double l2, double l3) {
        return PhaseValues.of(l1, l2, l3);
    }

    @Test
    void factories() {
        assertThat(PhaseValues.of(1, 2, 3)).isEqualTo(new PhaseValues(1, 2, 3));
        assertThat(PhaseValues.all(16)).isEqualTo(pv(16, 16, 16));
        assertThat(PhaseValues.single(16)).isEqualTo(pv(16, 0, 0));
        assertThat(PhaseValues.zero()).isEqualTo(pv(0, 0, 0));
        assertThat(PhaseValues.none()).isEqualTo(pv(NaN, NaN, NaN));
    }

    @Test
    void getWithAndIsMeasured() {
        PhaseValues v = pv(1, NaN, 3);
        assertThat(v.get(Phase.L1)).isEqualTo(1);
        assertThat(v.get(Phase.L2)).isNaN();
        assertThat(v.get(Phase.L3)).isEqualTo(3);
        assertThat(v.isMeasured(Phase.L1)).isTrue();
        assertThat(v.isMeasured(Phase.L2)).isFalse();
        assertThat(v.with(Phase.L2, 7)).isEqualTo(pv(1, 7, 3));
        assertThat(v.with(Phase.L1, NaN)).isEqualTo(pv(NaN, NaN, 3));
        assertThat(v.with(Phase.L3, 0)).isEqualTo(pv(1, NaN, 0));
        assertThat(v).as("with() returns a copy").isEqualTo(pv(1, NaN, 3));
        assertThatNullPointerException().isThrownBy(() -> v.get(null));
    }

    static Stream<Arguments> sums() {
        return Stream.of(
                arguments(pv(1, 2, 3), 6.0, 3.0),
                arguments(pv(-5, 2, 1), -2.0, 2.0),
                arguments(pv(NaN, 2, 3), 5.0, 3.0),
                arguments(pv(10, NaN, NaN), 10.0, 10.0),
                arguments(pv(NaN, NaN, -4), -4.0, -4.0),
                arguments(pv(-3, -1, -2), -6.0, -1.0),
                arguments(pv(0, 0, 0), 0.0, 0.0),
                arguments(PhaseValues.none(), NaN, NaN));
    }

    @ParameterizedTest
    @MethodSource("sums")
    void sumAndMaxIgnoreNaN(PhaseValues v, double sum, double max) {
        // boxed, so that NaN equals NaN
        assertThat(Double.valueOf(v.sum())).isEqualTo(Double.valueOf(sum));
        assertThat(Double.valueOf(v.max())).isEqualTo(Double.valueOf(max));
    }

    static Stream<Arguments> binaryOps() {
        // a, b, a.plus(b), a.minus(b), a.min(b)
        return Stream.of(
                arguments(pv(10, 20, 30), pv(1, 2, 3), pv(11, 22, 33), pv(9, 18, 27), pv(1, 2, 3)),
                arguments(pv(5, 5, 5), pv(8, 2, 5), pv(13, 7, 10), pv(-3, 3, 0), pv(5, 2, 5)),
                arguments(pv(NaN, 4, 4), pv(1, NaN, 1), pv(NaN, NaN, 5), pv(NaN, NaN, 3), pv(1, 4, 1)),
                arguments(PhaseValues.none(), pv(1, 2, 3), PhaseValues.none(), PhaseValues.none(), pv(1, 2, 3)),
                arguments(pv(NaN, 0, 7), pv(NaN, 6, -2), pv(NaN, 6, 5), pv(NaN, -6, 9), pv(NaN, 0, -2)));
    }

    @ParameterizedTest
    @MethodSource("binaryOps")
    void arithmeticPropagatesNaNButMinSkipsIt(
            PhaseValues a, PhaseValues b, PhaseValues plus, PhaseValues minus, PhaseValues min) {
        assertThat(a.plus(b)).isEqualTo(plus);
        assertThat(a.minus(b)).isEqualTo(minus);
        assertThat(a.min(b)).isEqualTo(min);
        assertThat(b.min(a)).as("min is symmetric").isEqualTo(min);
    }

    static Stream<Arguments> scales() {
        return Stream.of(
                arguments(pv(10, 20, 30), 0.5, pv(5, 10, 15)),
                arguments(pv(10, NaN, 30), 2, pv(20, NaN, 60)),
                arguments(pv(1, 2, 3), 0, pv(0, 0, 0)),
                arguments(pv(1, -2, 0), -1, pv(-1, 2, 0)));
    }

    @ParameterizedTest
    @MethodSource("scales")
    void scale(PhaseValues v, double factor, PhaseValues expected) {
        assertThat(v.scale(factor)).isEqualTo(expected);
    }

    @Test
    void scaleRejectsNonFiniteFactor() {
        assertThatIllegalArgumentException().isThrownBy(() -> pv(1, 2, 3).scale(Double.NaN));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> pv(1, 2, 3).scale(Double.POSITIVE_INFINITY));
    }

    @Test
    void mapClipsNegativeHeadroom() {
        PhaseValues headroom = pv(40, 40, 40).minus(pv(12, 45, NaN));
        assertThat(headroom).isEqualTo(pv(28, -5, NaN));
        assertThat(headroom.map(v -> Math.max(0, v))).isEqualTo(pv(28, 0, NaN));
    }

    @Test
    void rejectsInfinity() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> pv(1, Double.POSITIVE_INFINITY, 3))
                .withMessageContaining("L2");
        assertThatIllegalArgumentException().isThrownBy(() -> PhaseValues.all(Double.NEGATIVE_INFINITY));
        assertThatIllegalArgumentException().isThrownBy(() -> pv(Double.MAX_VALUE, 0, 0).scale(10));
    }

    @Test
    void negativeZeroIsNormalisedSoEqualityIsIntuitive() {
        assertThat(pv(-0.0, 0, 0)).isEqualTo(PhaseValues.zero());
        assertThat(PhaseValues.zero().scale(-1)).isEqualTo(PhaseValues.zero());
        assertThat(PhaseValues.zero().scale(-1).hashCode()).isEqualTo(PhaseValues.zero().hashCode());
    }

    static Stream<Arguments> predicates() {
        // values, isComplete, isNonNegative
        return Stream.of(
                arguments(pv(1, 2, 3), true, true),
                arguments(pv(0, 0, 0), true, true),
                arguments(pv(1, NaN, 3), false, true),
                arguments(PhaseValues.none(), false, true),
                arguments(pv(1, -0.1, 3), true, false),
                arguments(pv(NaN, NaN, -1), false, false));
    }

    @ParameterizedTest
    @MethodSource("predicates")
    void completeAndNonNegative(PhaseValues v, boolean complete, boolean nonNegative) {
        assertThat(v.isComplete()).isEqualTo(complete);
        assertThat(v.isNonNegative()).isEqualTo(nonNegative);
    }
}
