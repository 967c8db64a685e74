package io.ampgate.api.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeterRecordsTest {

    private static final Instant T = Instant.parse("2026-05-01T10:00:00Z");
    private static final PhaseValues V = PhaseValues.all(230);

    private static MeterReading reading(double importWh, double exportWh) {
        return new MeterReading(
                T, V, PhaseValues.all(10), PhaseValues.all(2300), 6900, importWh, exportWh);
    }

    @Test
    void meterInfoDefaults() {
        MeterInfo info = new MeterInfo("main", null, null, null, MeterRole.SITE);
        assertThat(info.name()).isEqualTo("main");
        assertThat(info.manufacturer()).isEmpty();
        assertThat(info.model()).isEmpty();
        assertThat(new MeterInfo("m", "Main board", "Eastron", "SDM630", MeterRole.ZONE).name())
                .isEqualTo("Main board");
    }

    @Test
    void meterInfoRejects() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MeterInfo("", "x", "", "", MeterRole.PV));
        assertThatNullPointerException().isThrownBy(() -> new MeterInfo(null, "x", "", "", MeterRole.PV));
        assertThatNullPointerException().isThrownBy(() -> new MeterInfo("m", "x", "", "", null));
    }

    @Test
    void readingAcceptsUnmeasuredEnergy() {
        MeterReading r = reading(Double.NaN, Double.NaN);
        assertThat(r.importEnergyWh()).isNaN();
        assertThat(reading(0, 0).exportEnergyWh()).isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.5, Double.POSITIVE_INFINITY})
    void readingRejectsBadEnergy(double wh) {
        assertThatIllegalArgumentException().isThrownBy(() -> reading(wh, 0)).withMessageContaining("import");
        assertThatIllegalArgumentException().isThrownBy(() -> reading(0, wh)).withMessageContaining("export");
    }

    @Test
    void readingAllowsExport() {
        MeterReading pv = new MeterReading(
                T, V, PhaseValues.all(-5), PhaseValues.all(-1150), -3450, 0, 1000);
        assertThat(pv.totalActivePower()).isNegative();
    }

    @Test
    void readingRejectsNulls() {
        assertThatNullPointerException().isThrownBy(
                () -> new MeterReading(null, V, V, V, 0, 0, 0));
        assertThatNullPointerException().isThrownBy(
                () -> new MeterReading(T, V, null, V, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new MeterReading(T, V, V, V, Double.NEGATIVE_INFINITY, 0, 0));
    }

    @Test
    void age() {
        assertThat(reading(0, 0).age(T.plusSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    }
}
