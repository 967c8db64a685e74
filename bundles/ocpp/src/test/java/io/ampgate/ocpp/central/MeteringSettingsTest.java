package io.ampgate.ocpp.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ampgate.ocpp.message.Measurand;
import io.ampgate.ocpp.message.Messages;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings meterValueSampleInterval and meterValuesSampledData: what activates, what is refused and why. */
class MeteringSettingsTest {

    @ParameterizedTest(name = "{0} s, ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            10 | Current.Import,Power.Active.Import,Energy.Active.Import.Register | MeterValueSampleInterval=10;MeterValuesSampledData=Current.Import,Power.Active.Import,Energy.Active.Import.Register
            5  | " Current.Import , Voltage,SoC "                                 | MeterValueSampleInterval=5;MeterValuesSampledData=Current.Import,Voltage,SoC
            0  | Current.Import                                                   | MeterValuesSampledData=Current.Import
            60 | ""                                                               | MeterValueSampleInterval=60
            60 | "   "                                                            | MeterValueSampleInterval=60
            60 | null                                                             | MeterValueSampleInterval=60
            0  | ""                                                               | ""
            10 | Current.Import.L1,Current.Import.L2,Voltage.L1-N                 | MeterValueSampleInterval=10;MeterValuesSampledData=Current.Import.L1,Current.Import.L2,Voltage.L1-N
            """)
    void goodSettingsAreWhatIsSent(int interval, String measurands, String sent) {
        Map<String, String> changes = MeteringSetup.Wanted.of(interval, measurands).changes();

        assertThat(changes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")))
                .isEqualTo(sent);
    }

    @Test
    void everyMeasurandOfTheOcpp16SchemaIsAcceptedAtOnce() {
        String all = Arrays.stream(Measurand.values()).map(Messages::wireName).collect(Collectors.joining(","));

        MeteringSetup.Wanted wanted = MeteringSetup.Wanted.of(10, all);

        assertThat(wanted.sampledData()).hasSize(22).contains("Current.Offered", "Power.Factor", "RPM");
        assertThat(wanted.changes().get(MeteringSetup.SAMPLED_DATA)).hasSizeLessThanOrEqualTo(500); // the value's limit
    }

    @ParameterizedTest(name = "{0} s, ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            10 | Current.Import,Amps                  | 'Amps' is not an OCPP 1.6 measurand; one of Energy.Active.Export.Register,
            10 | current.import                       | 'current.import' is not an OCPP 1.6 measurand (did you mean Current.Import?)
            10 | Current.Import.L4                    | 'Current.Import.L4' is not an OCPP 1.6 measurand
            10 | L1                                   | 'L1' is not an OCPP 1.6 measurand
            10 | Voltage;SoC                          | 'Voltage;SoC' is not an OCPP 1.6 measurand
            10 | Current.Import,,Voltage              | meterValuesSampledData has an empty entry in 'Current.Import,,Voltage'
            10 | Current.Import,                      | meterValuesSampledData has an empty entry
            10 | Current.Import,Voltage,Current.Import | meterValuesSampledData names Current.Import twice
            -1 | Current.Import                       | meterValueSampleInterval must be 0 (leave the station's own) or a number of seconds, not -1
            """)
    void badSettingsAreRefusedNamingWhatIsWrong(int interval, String measurands, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> MeteringSetup.Wanted.of(interval, measurands))
                .withMessageContaining(message);
    }

    @Test
    void theDefaultsOfTheConfigurationActivate() {
        Settings settings = Settings.of(config(Map.of()), "target/data");

        assertThat(settings.metering().sampleInterval()).isEqualTo(10);
        assertThat(settings.metering().sampledData())
                .containsExactly("Current.Import", "Power.Active.Import", "Energy.Active.Import.Register");
    }

    @Test
    void aConfigurationWithAnUnknownMeasurandIsRefusedAtActivationNamingIt() {
        CentralSystemConfig config = config(Map.of("meterValuesSampledData", "Current.Import,Power.Active.Imprt"));

        assertThatIllegalArgumentException().isThrownBy(() -> Settings.of(config, "target/data"))
                .withMessageStartingWith("meterValuesSampledData: 'Power.Active.Imprt' is not an OCPP 1.6 measurand");
    }

    @Test
    void aConfigurationThatTurnsMeteringOffSendsNothing() {
        CentralSystemConfig config = config(Map.of("meterValueSampleInterval", 0, "meterValuesSampledData", ""));

        assertThat(Settings.of(config, "target/data").metering()).isEqualTo(MeteringSetup.Wanted.NOTHING);
        assertThat(MeteringSetup.Wanted.NOTHING.changes()).isEmpty();
    }

    /** The configuration as Declarative Services hands it over: {@code values} over the defaults. */
    static CentralSystemConfig config(Map<String, Object> values) {
        return (CentralSystemConfig) Proxy.newProxyInstance(CentralSystemConfig.class.getClassLoader(),
                new Class<?>[] {CentralSystemConfig.class}, (proxy, method, args) -> method.getDeclaringClass() == Object.class
                        ? method.invoke(values, args)
                        : values.getOrDefault(method.getName(), method.getDefaultValue()));
    }
}
