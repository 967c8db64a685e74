package io.ampgate.ocpp.central;

import static io.ampgate.ocpp.central.CentralFixture.WAIT;
import static io.ampgate.ocpp.central.CentralFixture.await;
import static io.ampgate.ocpp.central.CentralFixture.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.message.AuthorizationData;
import io.ampgate.ocpp.message.AuthorizationStatus;
import io.ampgate.ocpp.message.AvailabilityStatus;
import io.ampgate.ocpp.message.AvailabilityType;
import io.ampgate.ocpp.message.CancelReservationRequest;
import io.ampgate.ocpp.message.CancelReservationStatus;
import io.ampgate.ocpp.message.CentralSystemRequest;
import io.ampgate.ocpp.message.ChangeAvailabilityRequest;
import io.ampgate.ocpp.message.ChangeConfigurationRequest;
import io.ampgate.ocpp.message.ChargingProfile;
import io.ampgate.ocpp.message.ChargingProfileKind;
import io.ampgate.ocpp.message.ChargingProfilePurpose;
import io.ampgate.ocpp.message.ChargingProfileStatus;
import io.ampgate.ocpp.message.ChargingRateUnit;
import io.ampgate.ocpp.message.ChargingSchedule;
import io.ampgate.ocpp.message.ChargingSchedulePeriod;
import io.ampgate.ocpp.message.ClearCacheRequest;
import io.ampgate.ocpp.message.ClearCacheStatus;
import io.ampgate.ocpp.message.ClearChargingProfileRequest;
import io.ampgate.ocpp.message.ClearChargingProfileStatus;
import io.ampgate.ocpp.message.ConfigurationStatus;
import io.ampgate.ocpp.message.DataTransferRequest;
import io.ampgate.ocpp.message.DataTransferStatus;
import io.ampgate.ocpp.message.GetCompositeScheduleRequest;
import io.ampgate.ocpp.message.GetCompositeScheduleStatus;
import io.ampgate.ocpp.message.GetConfigurationRequest;
import io.ampgate.ocpp.message.GetDiagnosticsRequest;
import io.ampgate.ocpp.message.GetLocalListVersionRequest;
import io.ampgate.ocpp.message.IdTagInfo;
import io.ampgate.ocpp.message.KeyValue;
import io.ampgate.ocpp.message.MessageTrigger;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.ocpp.message.RemoteStartStopStatus;
import io.ampgate.ocpp.message.RemoteStartTransactionRequest;
import io.ampgate.ocpp.message.RemoteStopTransactionRequest;
import io.ampgate.ocpp.message.ReservationStatus;
import io.ampgate.ocpp.message.ReserveNowRequest;
import io.ampgate.ocpp.message.ResetRequest;
import io.ampgate.ocpp.message.ResetResponse;
import io.ampgate.ocpp.message.ResetStatus;
import io.ampgate.ocpp.message.ResetType;
import io.ampgate.ocpp.message.SendLocalListRequest;
import io.ampgate.ocpp.message.SetChargingProfileRequest;
import io.ampgate.ocpp.message.TriggerMessageRequest;
import io.ampgate.ocpp.message.TriggerMessageResponse;
import io.ampgate.ocpp.message.TriggerMessageStatus;
import io.ampgate.ocpp.message.UnlockConnectorRequest;
import io.ampgate.ocpp.message.UnlockStatus;
import io.ampgate.ocpp.message.UpdateFirmwareRequest;
import io.ampgate.ocpp.message.UpdateFirmwareResponse;
import io.ampgate.ocpp.message.UpdateStatus;
import io.ampgate.ocpp.message.UpdateType;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 19 requests of the central system, sent typed through {@link CentralSystemService#send} to a
 * simulated station that answers as a well-behaved station does, and what fails before or after.
 */
class CentralSystemRequestsTest {

    private static CentralFixture central;
    private static ChargePointSimulator cp;

    @BeforeAll
    static void start() throws Exception {
        // local lists unmanaged: the test sends SendLocalList itself and expects the versions it sent
        central = new CentralFixture(RegistrationStatus.PENDING, Duration.ofSeconds(5), 0, null, false, Duration.ZERO);
        cp = central.connectRegistered("CP-OUT");
        result(cp.statusNotification(1, "Available", "NoError"));
        result(cp.statusNotification(2, "Available", "NoError"));
    }

    @AfterAll
    static void stop() throws Exception {
        central.close();
    }

    private static <R> R send(String station, CentralSystemRequest<R> request) throws Exception {
        return central.service.send(station, request).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static CallFailure failure(String station, CentralSystemRequest<?> request) {
        CompletableFuture<?> call = central.service.send(station, request).toCompletableFuture();
        assertThat(call).failsWithin(WAIT);
        return CallFailure.of(call.handle((ok, failed) -> failed).join());
    }

    /** One request and what its typed answer must be. */
    private record Exchange<R>(CentralSystemRequest<R> request, Consumer<R> expected) {
        void run() throws Exception {
            R answer = send("CP-OUT", request);
            assertThat(answer).as(request.action()).isInstanceOf(request.responseType());
            try {
                expected.accept(answer);
            } catch (AssertionError e) {
                throw new AssertionError(request + " was answered " + answer + ": " + e.getMessage(), e);
            }
        }
    }

    private static <R> Exchange<R> expect(CentralSystemRequest<R> request, Consumer<R> expected) {
        return new Exchange<>(request, expected);
    }

    private static ChargingProfile txDefault(int id, double amps) {
        return new ChargingProfile(id, null, 0, ChargingProfilePurpose.TX_DEFAULT_PROFILE, ChargingProfileKind.ABSOLUTE,
                null, null, null, new ChargingSchedule(null, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                        ChargingRateUnit.A, List.of(new ChargingSchedulePeriod(0, amps)), null));
    }

    @Test
    void everyRequestIsSentAndItsAnswerReadAsItsRecord() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Exchange<?>> exchanges = List.of(
                expect(new ChangeAvailabilityRequest(1, AvailabilityType.INOPERATIVE),
                        a -> assertThat(a.status()).isEqualTo(AvailabilityStatus.ACCEPTED)),
                expect(new ChangeAvailabilityRequest(7, AvailabilityType.OPERATIVE),
                        a -> assertThat(a.status()).isEqualTo(AvailabilityStatus.REJECTED)),
                expect(new ChangeConfigurationRequest("HeartbeatInterval", "120"),
                        a -> assertThat(a.status()).isEqualTo(ConfigurationStatus.ACCEPTED)),
                expect(new ChangeConfigurationRequest("NumberOfConnectors", "3"),
                        a -> assertThat(a.status()).isEqualTo(ConfigurationStatus.REJECTED)),
                expect(new ChangeConfigurationRequest("NoSuchKey", "1"),
                        a -> assertThat(a.status()).isEqualTo(ConfigurationStatus.NOT_SUPPORTED)),
                expect(new GetConfigurationRequest(List.of("HeartbeatInterval", "NoSuchKey")), a -> {
                    assertThat(a.configurationKey()).containsExactly(new KeyValue("HeartbeatInterval", false, "120"));
                    assertThat(a.unknownKey()).containsExactly("NoSuchKey");
                }),
                expect(new GetConfigurationRequest(null),
                        a -> assertThat(a.configurationKey()).hasSizeGreaterThan(20)
                                .contains(new KeyValue("NumberOfConnectors", true, "2"))),
                expect(new ClearCacheRequest(), a -> assertThat(a.status()).isEqualTo(ClearCacheStatus.ACCEPTED)),
                expect(new DataTransferRequest("io.ampgate", "ping", "{}"),
                        a -> assertThat(a.status()).isEqualTo(DataTransferStatus.UNKNOWN_VENDOR_ID)),
                expect(new RemoteStartTransactionRequest(2, "BADGE-OUT", null),
                        a -> assertThat(a.status()).isEqualTo(RemoteStartStopStatus.ACCEPTED)),
                expect(new RemoteStopTransactionRequest(424242),
                        a -> assertThat(a.status()).isEqualTo(RemoteStartStopStatus.REJECTED)),
                expect(new ResetRequest(ResetType.SOFT), a -> assertThat(a.status()).isEqualTo(ResetStatus.ACCEPTED)),
                expect(new UnlockConnectorRequest(1), a -> assertThat(a.status()).isEqualTo(UnlockStatus.UNLOCKED)),
                expect(new UnlockConnectorRequest(0), a -> assertThat(a.status()).isEqualTo(UnlockStatus.NOT_SUPPORTED)),
                expect(new GetDiagnosticsRequest("ftp://127.0.0.1/diagnostics/", 1, 30, now.minusSeconds(3600), now),
                        a -> assertThat(a.fileName()).isEqualTo("diagnostics.log")),
                expect(new UpdateFirmwareRequest("ftp://127.0.0.1/firmware.bin", 2, now.plusSeconds(60), 30),
                        a -> assertThat(a).isEqualTo(new UpdateFirmwareResponse())),
                expect(new GetLocalListVersionRequest(), a -> assertThat(a.listVersion()).isZero()),
                expect(new SendLocalListRequest(5, List.of(new AuthorizationData("BADGE-OUT",
                        new IdTagInfo(AuthorizationStatus.ACCEPTED))), UpdateType.FULL),
                        a -> assertThat(a.status()).isEqualTo(UpdateStatus.ACCEPTED)),
                expect(new GetLocalListVersionRequest(), a -> assertThat(a.listVersion()).isEqualTo(5)),
                expect(new ReserveNowRequest(1, now.plusSeconds(3600), "BADGE-OUT", null, 77),
                        a -> assertThat(a.status()).isEqualTo(ReservationStatus.ACCEPTED)),
                expect(new CancelReservationRequest(77),
                        a -> assertThat(a.status()).isEqualTo(CancelReservationStatus.ACCEPTED)),
                expect(new CancelReservationRequest(77),
                        a -> assertThat(a.status()).isEqualTo(CancelReservationStatus.REJECTED)),
                expect(new GetCompositeScheduleRequest(1, 3600, ChargingRateUnit.A),
                        a -> assertThat(a.status()).isEqualTo(GetCompositeScheduleStatus.REJECTED)),
                expect(new SetChargingProfileRequest(1, txDefault(301, 16)),
                        a -> assertThat(a.status()).isEqualTo(ChargingProfileStatus.ACCEPTED)),
                expect(new GetCompositeScheduleRequest(1, 3600, ChargingRateUnit.A), a -> {
                    assertThat(a.status()).isEqualTo(GetCompositeScheduleStatus.ACCEPTED);
                    assertThat(a.connectorId()).isEqualTo(1);
                    assertThat(a.chargingSchedule().chargingSchedulePeriod()).first()
                            .satisfies(p -> assertThat(p.limit()).isEqualTo(16.0));
                }),
                expect(new ClearChargingProfileRequest(301, null, null, null),
                        a -> assertThat(a.status()).isEqualTo(ClearChargingProfileStatus.ACCEPTED)),
                expect(new ClearChargingProfileRequest(301, null, null, null),
                        a -> assertThat(a.status()).isEqualTo(ClearChargingProfileStatus.UNKNOWN)),
                expect(new TriggerMessageRequest(MessageTrigger.HEARTBEAT, null),
                        a -> assertThat(a.status()).isEqualTo(TriggerMessageStatus.ACCEPTED)));

        List<Class<?>> sent = new ArrayList<>();
        for (Exchange<?> exchange : exchanges) {
            exchange.run();
            sent.add(exchange.request().getClass());
        }

        assertThat(sent).containsAll(Arrays.asList(CentralSystemRequest.class.getPermittedSubclasses()));
        assertThat(CentralSystemRequest.class.getPermittedSubclasses()).hasSize(19);
    }

    @Test
    void aTriggeredMessageIsSentByTheStationAndAnsweredByTheCentralSystem() throws Exception {
        long mark = cp.textMark();
        TriggerMessageResponse heartbeat = send("CP-OUT", new TriggerMessageRequest(MessageTrigger.HEARTBEAT, null));
        String answer = cp.awaitText(mark, text -> text.startsWith("[3,") && text.contains("\"currentTime\""), WAIT);
        TriggerMessageResponse firmware = send("CP-OUT",
                new TriggerMessageRequest(MessageTrigger.FIRMWARE_STATUS_NOTIFICATION, null));
        TriggerMessageResponse unknownConnector = send("CP-OUT",
                new TriggerMessageRequest(MessageTrigger.STATUS_NOTIFICATION, 9));

        assertThat(heartbeat.status()).isEqualTo(TriggerMessageStatus.ACCEPTED);
        assertThat(answer).isNotBlank();
        assertThat(firmware.status()).isEqualTo(TriggerMessageStatus.ACCEPTED);
        await(() -> central.events("CP-OUT").stream().anyMatch(e -> e.message().equals("Firmware update: Idle")));
        assertThat(unknownConnector.status()).isEqualTo(TriggerMessageStatus.REJECTED);
    }

    @Test
    void aCallErrorOfTheStationFailsTheCallWithItsCode() throws Exception {
        ChargePointSimulator refusing = central.connectRegistered("CP-ERR");
        refusing.answerWithError("Reset", "InternalError", "relay welded");

        CompletableFuture<ResetResponse> reset = central.service.send("CP-ERR", new ResetRequest(ResetType.HARD))
                .toCompletableFuture();

        assertThat(reset).failsWithin(WAIT).withThrowableOfType(ExecutionException.class).satisfies(e -> {
            assertThat(CallFailure.of(e).reason()).isEqualTo(CallFailure.Reason.CALL_ERROR);
            assertThat(CallFailure.of(e).errorCode()).isEqualTo("InternalError");
            assertThat(CallFailure.of(e).getMessage()).contains("relay welded");
        });
    }

    @Test
    void anInvalidRequestIsNeverSent() throws Exception {
        long mark = cp.callMark();

        CallFailure tooLongKey = failure("CP-OUT", new ChangeConfigurationRequest("K".repeat(51), "1"));
        CallFailure badLimit = failure("CP-OUT", new SetChargingProfileRequest(1, txDefault(302, 16.05)));
        CallFailure offline = failure("CP-NOWHERE", new ClearCacheRequest());
        send("CP-OUT", new ClearCacheRequest());

        assertThat(tooLongKey.reason()).isEqualTo(CallFailure.Reason.INVALID_REQUEST);
        assertThat(badLimit.reason()).isEqualTo(CallFailure.Reason.INVALID_REQUEST);
        assertThat(offline.reason()).isEqualTo(CallFailure.Reason.OFFLINE);
        cp.awaitCall(mark, "ClearCache", WAIT);
        // calls go out in order: whatever was sent before the ClearCache has arrived by now
        assertThat(cp.receivedCalls()).noneMatch(call -> call.payload().path("key").asText().length() > 50)
                .noneMatch(call -> call.payload().at("/csChargingProfiles/chargingProfileId").asInt() == 302);
    }
}
