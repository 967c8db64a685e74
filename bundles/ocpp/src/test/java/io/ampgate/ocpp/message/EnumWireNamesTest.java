package io.ampgate.ocpp.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EnumWireNamesTest {

    /** Every enum a message reaches, found by walking the records from the action table. */
    static Stream<Class<?>> enums() {
        Set<Class<?>> found = new HashSet<>();
        for (ActionTable.Entry entry : ActionTable.ENTRIES) {
            collect(entry.request(), found, new HashSet<>());
            collect(entry.response(), found, new HashSet<>());
        }
        return found.stream().sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()));
    }

    private static void collect(Type type, Set<Class<?>> enums, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> collect(t, enums, seen));
        } else if (type instanceof Class<?> c && c.isEnum()) {
            enums.add(c);
        } else if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), enums, seen);
            }
        }
    }

    @Test
    void theMessagesUseThirtyFiveEnums() {
        assertThat(enums()).hasSize(35).allSatisfy(type ->
                assertThat(type.getPackageName()).isEqualTo("io.ampgate.ocpp.message"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    <E extends Enum<E>> void everyConstantRoundTripsThroughItsWireName(Class<E> type) {
        Set<String> wireNames = new TreeSet<>();
        for (E constant : type.getEnumConstants()) {
            String wireName = Messages.wireName(constant);
            wireNames.add(wireName);
            assertThat(Messages.fromWireName(type, wireName)).isSameAs(constant);
            assertThat(constant.name().replace("_", ""))
                    .as("Java name of %s", wireName)
                    .isEqualTo(wireName.replace(".", "").replace("-", "").toUpperCase());
        }
        assertThat(wireNames).hasSize(type.getEnumConstants().length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    <E extends Enum<E>> void anUnknownWireNameIsAnErrorThatNamesIt(Class<E> type) {
        assertThatThrownBy(() -> Messages.fromWireName(type, "Bogus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Bogus'")
                .hasMessageContaining(type.getSimpleName());
    }

    @ParameterizedTest(name = "{0}.{1} is \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ChargePointStatus      | SUSPENDED_EVSE                  | SuspendedEVSE
            ChargePointStatus      | SUSPENDED_EV                    | SuspendedEV
            UnitOfMeasure          | CELCIUS                         | Celcius
            UnitOfMeasure          | CELSIUS                         | Celsius
            UnitOfMeasure          | KWH                             | kWh
            UnitOfMeasure          | KVARH                           | kvarh
            Measurand              | ENERGY_ACTIVE_IMPORT_REGISTER   | Energy.Active.Import.Register
            Measurand              | SOC                             | SoC
            Measurand              | RPM                             | RPM
            Phase                  | L1_N                            | L1-N
            Phase                  | L3_L1                           | L3-L1
            ReadingContext         | SAMPLE_PERIODIC                 | Sample.Periodic
            ChargePointErrorCode   | EV_COMMUNICATION_ERROR          | EVCommunicationError
            StopReason             | DE_AUTHORIZED                   | DeAuthorized
            StopReason             | EV_DISCONNECTED                 | EVDisconnected
            AuthorizationStatus    | CONCURRENT_TX                   | ConcurrentTx
            ChargingProfilePurpose | CHARGE_POINT_MAX_PROFILE        | ChargePointMaxProfile
            ChargingRateUnit       | W                               | W
            ValueFormat            | SIGNED_DATA                     | SignedData
            """)
    void oddWireNames(String type, String constant, String wireName) throws ReflectiveOperationException {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Enum<?> value = Enum.valueOf((Class) Class.forName("io.ampgate.ocpp.message." + type), constant);

        assertThat(Messages.wireName(value)).isEqualTo(wireName);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"SUSPENDED_EVSE", "suspendedevse", "SuspendedEvse", "0", "''"})
    void onlyTheExactWireNameDecodes(String text) {
        assertThatThrownBy(() -> Messages.fromWireName(ChargePointStatus.class, text))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Messages.fromPayload(Fixtures.json(
                "{\"connectorId\": 1, \"errorCode\": \"NoError\", \"status\": \"" + text + "\"}"),
                StatusNotificationRequest.class))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void anEnumIsNotReadFromANumber() {
        assertThatThrownBy(() -> Messages.fromPayload(Fixtures.json("{\"type\": 0}"), ResetRequest.class))
                .isInstanceOf(MalformedPayloadException.class)
                .extracting(e -> ((MalformedPayloadException) e).pointer()).isEqualTo("/type");
    }

    @Test
    void everyMessageTriggerIsAnActionStationsSend() {
        List<String> triggers = Arrays.stream(MessageTrigger.values()).map(Messages::wireName).toList();

        assertThat(triggers).allSatisfy(action ->
                assertThat(Messages.chargePointRequestType(action)).as(action).isPresent());
    }
}
