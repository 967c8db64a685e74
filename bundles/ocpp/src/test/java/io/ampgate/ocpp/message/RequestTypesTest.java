package io.ampgate.ocpp.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.ocpp.schema.PayloadKind;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestTypesTest {

    static final List<String> SENT_BY_CENTRAL_SYSTEM = List.of("CancelReservation",
            "ChangeAvailability", "ChangeConfiguration", "ClearCache", "ClearChargingProfile",
            "DataTransfer", "GetCompositeSchedule", "GetConfiguration", "GetDiagnostics",
            "GetLocalListVersion", "RemoteStartTransaction", "RemoteStopTransaction", "ReserveNow",
            "Reset", "SendLocalList", "SetChargingProfile", "TriggerMessage", "UnlockConnector",
            "UpdateFirmware");
    static final List<String> SENT_BY_STATIONS = List.of("Authorize", "BootNotification",
            "DataTransfer", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat",
            "MeterValues", "StartTransaction", "StatusNotification", "StopTransaction");

    private static List<String> actionsOf(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .map(type -> Messages.fromPayload(Fixtures.EXAMPLES.get(actionName(type)).get(0), type))
                .map(request -> ((OcppRequest<?>) request).action())
                .toList();
    }

    private static String actionName(Class<?> requestType) {
        return requestType.getSimpleName().replaceFirst("Request$", "");
    }

    @Test
    void theSealedInterfacesCoverExactlyTheActionsOfEachSide() {
        assertThat(OcppRequest.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(CentralSystemRequest.class, ChargePointRequest.class);
        assertThat(actionsOf(CentralSystemRequest.class))
                .hasSize(19).containsExactlyInAnyOrderElementsOf(SENT_BY_CENTRAL_SYSTEM);
        assertThat(actionsOf(ChargePointRequest.class))
                .hasSize(10).containsExactlyInAnyOrderElementsOf(SENT_BY_STATIONS);

        Set<String> all = new HashSet<>(SENT_BY_CENTRAL_SYSTEM);
        all.addAll(SENT_BY_STATIONS);
        assertThat(Messages.CORE_ACTIONS).hasSize(28).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void everyActionHasASchemaAndTheActionsTogetherAreAllTheSchemas() {
        assertThat(Messages.CORE_ACTIONS).allSatisfy(action ->
                assertThat(Fixtures.VALIDATOR.knows(action)).as(action).isTrue());
        assertThat(Messages.SECURITY_EXTENSION_ACTIONS).hasSize(11).allSatisfy(action ->
                assertThat(Fixtures.VALIDATOR.knows(action)).as(action).isTrue());
        assertThat(Messages.SECURITY_EXTENSION_ACTIONS).doesNotContainAnyElementsOf(Messages.CORE_ACTIONS);

        Set<String> all = new HashSet<>(Messages.CORE_ACTIONS);
        all.addAll(Messages.SECURITY_EXTENSION_ACTIONS);
        assertThat(all).isEqualTo(Fixtures.VALIDATOR.actions());
    }

    @Test
    void eachRequestNamesItsActionAndTheResponseItsTypeArgumentDeclares() {
        for (ActionTable.Entry entry : ActionTable.ENTRIES) {
            OcppRequest<?> request = (OcppRequest<?>) Messages.fromPayload(
                    Fixtures.EXAMPLES.get(entry.action()).get(0), entry.request());

            assertThat(request.action()).isEqualTo(actionName(entry.request()));
            assertThat(request.responseType()).isEqualTo(entry.response())
                    .isEqualTo(Fixtures.recordOf(entry.action(), PayloadKind.CONFIRMATION));
            assertThat(request.responseType().getSimpleName()).isEqualTo(entry.action() + "Response");
            for (Type declared : entry.request().getGenericInterfaces()) {
                assertThat(((ParameterizedType) declared).getActualTypeArguments())
                        .as("type argument of %s", declared).containsExactly(entry.response());
            }
        }
    }

    @Test
    void anInboundActionFindsItsRecordOnTheSideThatReceivesIt() {
        assertThat(Messages.chargePointRequestType("BootNotification")).contains(BootNotificationRequest.class);
        assertThat(Messages.centralSystemRequestType("BootNotification")).isEmpty();
        assertThat(Messages.centralSystemRequestType("Reset")).contains(ResetRequest.class);
        assertThat(Messages.chargePointRequestType("Reset")).isEmpty();
        assertThat(Messages.chargePointRequestType("DataTransfer")).contains(DataTransferRequest.class);
        assertThat(Messages.centralSystemRequestType("DataTransfer")).contains(DataTransferRequest.class);
        for (String action : List.of("SignCertificate", "NotifyEVChargingNeeds", "reset", "")) {
            assertThat(Messages.chargePointRequestType(action)).as(action).isEmpty();
            assertThat(Messages.centralSystemRequestType(action)).as(action).isEmpty();
        }
    }

    @Test
    void aRequestBuiltInJavaKnowsItsActionAndItsAnswerType() {
        ResetRequest reset = new ResetRequest(ResetType.SOFT);

        assertThat(reset.action()).isEqualTo("Reset");
        assertThat(reset.responseType()).isEqualTo(ResetResponse.class);
        assertThat(Messages.toPayload(reset)).isEqualTo(Fixtures.json("{\"type\": \"Soft\"}"));
    }
}
