package io.ampgate.meter.sunspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SunSpecDiscoveryTest {

    @Test
    void findsCommonModelAndThreePhaseInverterAt40000() throws Exception {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Fronius", "Symo 8.2-3-M", "12345678");
        int inverter = f.model(103, 50);
        f.model(120, 26);
        f.end();

        SunSpecDevice d = SunSpecDiscovery.discover(f.reader());

        assertThat(d.base()).isEqualTo(40_000);
        assertThat(d.manufacturer()).isEqualTo("Fronius");
        assertThat(d.model()).isEqualTo("Symo 8.2-3-M");
        assertThat(d.serial()).isEqualTo("12345678");
        assertThat(d.measurement()).isEqualTo(new SunSpecDevice.Model(103, inverter, 50));
        assertThat(inverter).isEqualTo(40_070);
        assertThat(d.models()).extracting(SunSpecDevice.Model::id).containsExactly(1, 103, 120);
    }

    @Test
    void walksByLengthWhereCommonModelIsShorterAsOnSolarEdge() throws Exception {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(65, "SolarEdge", "SE9K", "7E0A1B2C");
        int inverter = f.model(103, 50);
        f.end();

        SunSpecDevice d = SunSpecDiscovery.discover(f.reader());

        assertThat(inverter).isEqualTo(40_069); // the reference's SolarEdge layout: I_AC_Power at 40083
        assertThat(d.measurement().start()).isEqualTo(40_069);
        assertThat(d.serial()).isEqualTo("7E0A1B2C");
    }

    @Test
    void findsSinglePhaseInverterAtZeroWhen40000And50000Refuse() throws Exception {
        FakeSunSpec f = FakeSunSpec.at(0).common(66, "ABB", "UNO-DM-3.3", "S1");
        f.model(101, 50);
        f.end();

        SunSpecDevice d = SunSpecDiscovery.discover(f.reader());

        assertThat(d.base()).isZero();
        assertThat(d.measurement().id()).isEqualTo(101);
        assertThat(d.measurement().start()).isEqualTo(70); // 0-1 marker, 2-69 model 1
    }

    @Test
    void findsDerModel701At50000() throws Exception {
        FakeSunSpec f = FakeSunSpec.at(50_000).common(66, "Acme", "DER-10", "D1");
        f.model(702, 50);
        int der = f.model(701, 153);
        f.end();

        SunSpecDevice d = SunSpecDiscovery.discover(f.reader());

        assertThat(d.base()).isEqualTo(50_000);
        assertThat(d.measurement()).isEqualTo(new SunSpecDevice.Model(701, der, 153));
    }

    @Test
    void prefersInverterModelOver701() throws Exception {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "Both", "B1");
        f.model(701, 153);
        int inverter = f.model(103, 50);
        f.end();

        assertThat(SunSpecDiscovery.discover(f.reader()).measurement().start()).isEqualTo(inverter);
    }

    @Test
    void wrongMarkerNamesWhatWasReadAtEachBase() {
        FakeSunSpec f = new FakeSunSpec().put(40_000, 0x5375, 0x6E54).put(0, 0, 0);

        assertThatThrownBy(() -> SunSpecDiscovery.discover(f.reader()))
                .isInstanceOf(SunSpecException.class)
                .hasMessageContaining("no SunSpec marker 'SunS'")
                .hasMessageContaining("40000: 0x5375 0x6E54")
                .hasMessageContaining("50000: illegal data address 50000")
                .hasMessageContaining("0: 0x0000 0x0000");
    }

    @Test
    void chainThatRunsIntoUnmappedRegistersIsBroken() {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "X", "1");
        f.put(40_070, 103, 80); // says L = 80, but only the header is there: the next header is unreadable

        assertThatThrownBy(() -> SunSpecDiscovery.discover(f.reader()))
                .isInstanceOf(SunSpecException.class)
                .hasMessageContaining("model chain at 40000 is broken")
                .hasMessageContaining("at 40152 after models [1, 103]");
    }

    @Test
    void chainWithModelIdZeroIsBroken() {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "X", "1");
        f.put(40_070, 0, 0);

        assertThatThrownBy(() -> SunSpecDiscovery.discover(f.reader()))
                .hasMessageContaining("broken: model id 0 at 40070 after models [1]");
    }

    @Test
    void deviceWithoutInverterModelIsRefused() {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "Meter", "1");
        f.model(203, 105); // a three-phase meter, not an inverter
        f.end();

        assertThatThrownBy(() -> SunSpecDiscovery.discover(f.reader()))
                .hasMessageContaining("no inverter model 101 or 103 and no DER model 701 (models [1, 203])");
    }

    @Test
    void deviceWithoutCommonModelIsRefused() {
        FakeSunSpec f = FakeSunSpec.at(40_000);
        f.model(103, 50);
        f.end();

        assertThatThrownBy(() -> SunSpecDiscovery.discover(f.reader())).hasMessageContaining("no common model 1");
    }

    @Test
    void inverterModelTooShortIsRefused() {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "X", "1");
        f.model(103, 20);
        f.end();

        assertThatThrownBy(() -> SunSpecDiscovery.discover(f.reader()))
                .hasMessageContaining("model 103 at 40070 has L = 20, less than the 25 registers the meter reads");
    }

    @Test
    void givenBaseIsTheOnlyOneTried() {
        FakeSunSpec f = FakeSunSpec.at(40_000).common(66, "Acme", "X", "1");
        f.model(103, 50);
        f.end();

        assertThatThrownBy(() -> SunSpecDiscovery.discover(f.reader(), List.of(0)))
                .hasMessageContaining("read 0: illegal data address 0");
    }
}
