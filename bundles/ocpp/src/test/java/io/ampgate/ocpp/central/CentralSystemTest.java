package io.ampgate.ocpp.central;

import static io.ampgate.ocpp.central.CentralFixture.WAIT;
import static io.ampgate.ocpp.central.CentralFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.Setpoint;
import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.message.ClearCacheRequest;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.simulator.ocpp.Answer;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.store.event.Direction;
import io.ampgate.store.event.OcppFrame;
import io.ampgate.store.session.Session;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.Station;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The central system end to end: simulated stations over real WebSockets, a real Derby store. */
class CentralSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private CentralFixture central;

    @BeforeEach
    void start() throws Exception {
        central = new CentralFixture(RegistrationStatus.PENDING, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() throws Exception {
        central.close();
    }

    private static JsonNode result(java.util.concurrent.CompletableFuture<Answer> call) throws Exception {
        return call.get(WAIT.toSeconds(), TimeUnit.SECONDS).resultPayload();
    }

    private static Answer.Error error(java.util.concurrent.CompletableFuture<Answer> call) throws Exception {
        Answer answer = call.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(answer).isInstanceOf(Answer.Error.class);
        return (Answer.Error) answer;
    }

    @Test
    void anUnknownStationIsRecordedAsConnectedButUnregisteredAndKeptPending() throws Exception {
        ChargePointSimulator cp = central.connect("CP-NEW");

        JsonNode boot = result(cp.bootNotification("Acme", "Wallbox 22"));
        result(cp.statusNotification(1, "Available", "NoError"));
        result(cp.statusNotification(2, "Available", "NoError"));

        assertThat(boot.get("status").asText()).isEqualTo("Pending");
        assertThat(boot.get("interval").asInt()).isEqualTo(300);
        Station stored = central.stations.find("CP-NEW").orElseThrow();
        assertThat(stored.registered()).isFalse();
        assertThat(stored.vendor()).isEqualTo("Acme");
        assertThat(stored.model()).isEqualTo("Wallbox 22");
        assertThat(stored.ipAddress()).isEqualTo("127.0.0.1");
        assertThat(central.service.station("CP-NEW").orElseThrow()).satisfies(s -> {
            assertThat(s.registered()).isFalse();
            assertThat(s.connected()).isTrue();
            assertThat(s.bootStatus()).isEqualTo("Pending");
            assertThat(s.connectors()).isEqualTo(2);
        });
        assertThat(error(cp.authorize("BADGE-1")).code()).isEqualTo("SecurityError");
        assertThat(central.service.chargingStation("CP-NEW")).isEmpty();
    }

    @Test
    void aRegisteredStationIsAcceptedAtItsNextBootAndGetsAChargingStationService() throws Exception {
        ChargePointSimulator cp = central.connect("CP-1");
        result(cp.bootNotification());

        central.register("CP-1");
        JsonNode boot = result(cp.bootNotification());
        result(cp.statusNotification(1, "Preparing", "NoError"));

        assertThat(boot.get("status").asText()).isEqualTo("Accepted");
        ChargingStation station = central.service.chargingStation("CP-1").orElseThrow();
        assertThat(station.online()).isTrue();
        assertThat(station.state(1).status()).isEqualTo(ConnectorStatus.PREPARING);

        cp.close().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        await(() -> !station.online());
        assertThat(station.state(1).status()).isEqualTo(ConnectorStatus.OFFLINE);
    }

    @Test
    void aSessionRunsFromBadgeToStopWithMeterValuesAndRepeatsCreateNothing() throws Exception {
        central.badges.save(Badge.of("BADGE-1", "Ada"));
        central.register("CP-1");
        ChargePointSimulator cp = central.connect("CP-1");
        result(cp.bootNotification());

        assertThat(result(cp.authorize("BADGE-1")).at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        assertThat(result(cp.authorize("STRANGER")).at("/idTagInfo/status").asText()).isEqualTo("Invalid");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonNode started = result(cp.startTransaction(1, "BADGE-1", 1000, start));
        int tx = started.get("transactionId").asInt();
        JsonNode again = result(cp.startTransaction(1, "BADGE-1", 1000, start));
        result(cp.statusNotification(1, "Charging", "NoError"));
        result(cp.meterValues(1, tx, 2500, 7400, 16, 16, 16));

        ChargingStation station = central.service.chargingStation("CP-1").orElseThrow();
        assertThat(again.get("transactionId").asInt()).isEqualTo(tx);
        assertThat(station.state(1)).satisfies(s -> {
            assertThat(s.status()).isEqualTo(ConnectorStatus.CHARGING);
            assertThat(s.sessionId()).isEqualTo(Integer.toString(tx));
            assertThat(s.energyWh()).isEqualTo(2500.0);
            assertThat(s.activePower()).isEqualTo(7400.0);
            assertThat(s.current().l2()).isEqualTo(16.0);
        });

        JsonNode stopped = result(cp.stopTransaction(tx, 9000, start.plusSeconds(3600), "Local", "BADGE-1"));
        result(cp.stopTransaction(tx, 9000, start.plusSeconds(3600), "Local", "BADGE-1"));

        assertThat(stopped.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        Session session = central.sessions.find(tx).orElseThrow();
        assertThat(session.energyWh()).isEqualTo(8000);
        assertThat(session.badgeUid()).isEqualTo("BADGE-1");
        assertThat(central.meterValues.list(tx)).isNotEmpty();
        assertThat(central.sessions.running()).isEmpty();
        assertThat(station.state(1).sessionId()).isNull();
    }

    @Test
    void malformedFramesGetTheirCallErrorAndTheConnectionLivesOn() throws Exception {
        ChargePointSimulator cp = central.connect("CP-1");

        long mark = cp.textMark();
        cp.sendRaw("[2,\"x1\",\"Heartbeat\",{]").get();
        String invalidJson = cp.awaitText(mark, WAIT);
        mark = cp.textMark();
        cp.sendRaw("[2,\"x2\",\"StatusNotification\",{\"connectorId\":\"one\",\"errorCode\":\"NoError\",\"status\":\"Available\"}]").get();
        String wrongType = cp.awaitText(mark, WAIT);
        mark = cp.textMark();
        cp.sendRaw("[2,\"x3\",\"Teleport\",{}]").get();
        String unknown = cp.awaitText(mark, WAIT);

        assertThat(JSON.readTree(invalidJson).get(2).asText()).isEqualTo("FormationViolation");
        assertThat(JSON.readTree(wrongType).get(2).asText()).isEqualTo("TypeConstraintViolation");
        assertThat(JSON.readTree(unknown).get(2).asText()).isEqualTo("NotImplemented");
        assertThat(result(cp.heartbeat()).has("currentTime")).isTrue();
        assertThat(cp.isOpen()).isTrue();
    }

    @Test
    void aRepeatedMessageIdGetsTheSameAnswerOnce() throws Exception {
        central.register("CP-1");
        central.badges.save(Badge.of("BADGE-1", "Ada"));
        ChargePointSimulator cp = central.connect("CP-1");
        JsonNode start = JSON.readTree("{\"connectorId\":1,\"idTag\":\"BADGE-1\",\"meterStart\":0,"
                + "\"timestamp\":\"2026-11-22T10:00:00Z\"}");

        JsonNode first = result(cp.callWithId("dup-1", "StartTransaction", start));
        JsonNode second = result(cp.callWithId("dup-1", "StartTransaction", start));
        Answer.Error reused = error(cp.callWithId("dup-1", "Heartbeat", JSON.createObjectNode()));

        assertThat(second).isEqualTo(first);
        assertThat(central.sessions.running()).hasSize(1);
        assertThat(reused.code()).isEqualTo("ProtocolError");
    }

    @Test
    void aStationThatDoesNotAnswerTimesOutAndTheNextCallStillGoes() throws Exception {
        ChargePointSimulator cp = central.connect("CP-1");
        cp.dontAnswer("ClearCache");

        var call = central.service.send("CP-1", new ClearCacheRequest()).toCompletableFuture();

        assertThat(call).failsWithin(WAIT).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .satisfies(e -> assertThat(CallFailure.of(e).reason()).isEqualTo(CallFailure.Reason.TIMEOUT));
        cp.answerByDefault("ClearCache");
        assertThat(central.service.send("CP-1", new ClearCacheRequest()).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS).status().name()).isEqualTo("ACCEPTED");
    }

    @Test
    void aSetpointBecomesAChargingProfileAndIsSentAgainAfterAReconnect() throws Exception {
        central.register("CP-1");
        ChargePointSimulator cp = central.connect("CP-1");
        result(cp.bootNotification());
        result(cp.statusNotification(1, "Available", "NoError"));
        ChargingStation station = central.service.chargingStation("CP-1").orElseThrow();

        CommandResult applied = station.applySetpoint(1, Setpoint.amps(13)).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(applied.outcome()).isEqualTo(CommandResult.Outcome.ACCEPTED);
        assertThat(cp.state().lastLimit(1)).hasValue(13.0);

        cp.abort();
        ChargePointSimulator again = central.connect("CP-1");
        assertThat(again.receivedCalls()).as("nothing before the station speaks").isEmpty();
        result(again.bootNotification());
        again.awaitCall("SetChargingProfile", WAIT);
        again.awaitCall("GetLocalListVersion", WAIT);
        assertThat(again.state().lastLimit(1)).hasValue(13.0);
    }

    @Test
    void aTxProfileLimitWaitsForTheTransactionAndGoesWhenItStarts() throws Exception {
        central.badges.save(Badge.of("BADGE-1", "Ada"));
        central.stations.save(new Station("CP-TX", null, null, false, Double.NaN, false, "", "", "", "", "", "", null,
                "", Station.OCPP, List.of(new io.ampgate.store.site.Connector(1, io.ampgate.api.station.PlugType.TYPE_2,
                        io.ampgate.api.unit.Wiring.THREE_PHASE, io.ampgate.api.unit.PhaseRotation.L1_L2_L3, 32, 6, true,
                        new io.ampgate.store.site.SmartChargingParams(
                                io.ampgate.store.site.SmartChargingParams.Purpose.TX_PROFILE, 3, 1,
                                io.ampgate.store.site.SmartChargingParams.RateUnit.A, true), null, "", ""))));
        central.register("CP-TX");
        ChargePointSimulator cp = central.connect("CP-TX");
        result(cp.bootNotification());
        ChargingStation station = central.service.chargingStation("CP-TX").orElseThrow();

        CommandResult waiting = station.applySetpoint(1, Setpoint.amps(12)).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        long mark = cp.callMark();
        int tx = result(cp.startTransaction(1, "BADGE-1", 0, Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                .get("transactionId").asInt();

        assertThat(waiting.outcome()).isEqualTo(CommandResult.Outcome.NOT_SUPPORTED);
        JsonNode profile = cp.awaitCall(mark, "SetChargingProfile", WAIT).payload().get("csChargingProfiles");
        assertThat(profile.get("chargingProfilePurpose").asText()).isEqualTo("TxProfile");
        assertThat(profile.get("transactionId").asInt()).isEqualTo(tx);
        assertThat(profile.get("chargingProfileId").asInt()).isEqualTo(3);
        assertThat(profile.at("/chargingSchedule/chargingSchedulePeriod/0/limit").asDouble()).isEqualTo(12.0);
    }

    @Test
    void commandsOfAnOfflineStationSayOffline() throws Exception {
        central.register("CP-1");
        ChargingStation station = central.service.chargingStation("CP-1").orElseThrow();

        CommandResult result = station.reset(io.ampgate.api.station.ResetType.SOFT).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(CommandResult.Outcome.OFFLINE);
        assertThat(station.online()).isFalse();
    }

    @Test
    void everyFrameInAndOutIsLoggedPerStation() throws Exception {
        ChargePointSimulator cp = central.connect("CP-LOG");
        result(cp.heartbeat());
        central.service.send("CP-LOG", new ClearCacheRequest()).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        central.messageLog.flush();

        List<OcppFrame> frames = central.ocppLog.list("CP-LOG", Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(60), 0, 100);
        assertThat(frames).extracting(OcppFrame::direction, OcppFrame::action).contains(
                org.assertj.core.groups.Tuple.tuple(Direction.IN, "Heartbeat"),
                org.assertj.core.groups.Tuple.tuple(Direction.OUT, "Heartbeat"),
                org.assertj.core.groups.Tuple.tuple(Direction.OUT, "ClearCache"),
                org.assertj.core.groups.Tuple.tuple(Direction.IN, "ClearCache"));
    }

}
