package io.ampgate.ocpp.central;

import static io.ampgate.ocpp.central.CentralFixture.WAIT;
import static io.ampgate.ocpp.central.CentralFixture.await;
import static io.ampgate.ocpp.central.CentralFixture.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.Setpoint;
import io.ampgate.ocpp.CallFailure;
import io.ampgate.ocpp.message.ClearCacheRequest;
import io.ampgate.ocpp.message.ClearCacheStatus;
import io.ampgate.ocpp.message.GetConfigurationRequest;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.ocpp.CloseStatus;
import io.ampgate.simulator.ocpp.ReceivedCall;
import io.ampgate.store.event.Event;
import io.ampgate.store.event.Severity;
import io.ampgate.store.session.Session;
import io.ampgate.store.site.Badge;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stations that lose their connection, or open a second one, in the middle of their work. */
class ReconnectTest {

    private static CentralFixture central;

    @BeforeAll
    static void start() throws Exception {
        central = new CentralFixture(RegistrationStatus.PENDING, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() throws Exception {
        central.close();
    }

    @Test
    void aStationThatDropsDuringASessionCarriesOnAfterReconnecting() throws Exception {
        central.badges.save(Badge.of("BADGE-R", "Ada"));
        ChargePointSimulator cp = central.connectRegistered("CP-R");
        result(cp.statusNotification(1, "Preparing", "NoError"));
        ChargingStation station = central.service.chargingStation("CP-R").orElseThrow();
        CommandResult applied = station.applySetpoint(1, Setpoint.amps(10)).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int tx = result(cp.startTransaction(1, "BADGE-R", 1000, start)).get("transactionId").asInt();
        result(cp.statusNotification(1, "Charging", "NoError"));
        result(cp.meterValues(1, tx, 3000, 6900, 10, 10, 10));
        assertThat(applied.outcome()).isEqualTo(CommandResult.Outcome.ACCEPTED);
        assertThat(station.state(1).status()).isEqualTo(ConnectorStatus.CHARGING);

        cp.abort();
        await(() -> !station.online());
        assertThat(station.state(1).status()).isEqualTo(ConnectorStatus.OFFLINE);
        assertThat(central.events("CP-R")).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("disconnected");
            assertThat(e.severity()).isEqualTo(Severity.WARNING);
        });

        long mark = cp.callMark();
        cp.connect();
        await(station::online);
        // back without a reboot: its first message makes the central system send what it missed
        result(cp.statusNotification(1, "Charging", "NoError"));
        ReceivedCall resent = cp.awaitCall(mark, "SetChargingProfile", WAIT);
        cp.awaitCall(mark, "GetLocalListVersion", WAIT);
        var afterReconnect = station.state(1);
        JsonNode replayed = result(cp.startTransaction(1, "BADGE-R", 1000, start));
        result(cp.stopTransaction(tx, 9500, start.plusSeconds(1800), "Local", "BADGE-R"));

        assertThat(resent.payload().at("/connectorId").asInt()).isEqualTo(1);
        assertThat(resent.payload().at("/csChargingProfiles/chargingSchedule/chargingSchedulePeriod/0/limit")
                .asDouble()).isEqualTo(10.0);
        assertThat(afterReconnect.status()).isEqualTo(ConnectorStatus.CHARGING);
        assertThat(afterReconnect.sessionId()).isEqualTo(Integer.toString(tx));
        assertThat(replayed.get("transactionId").asInt()).isEqualTo(tx);
        Session session = central.sessions.find(tx).orElseThrow();
        assertThat(session.stationId()).isEqualTo("CP-R");
        assertThat(session.meterStopWh()).isEqualTo(9500L);
        assertThat(session.energyWh()).isEqualTo(8500L);
        assertThat(central.sessions.running()).noneMatch(s -> s.stationId().equals("CP-R"));
        assertThat(station.state(1).sessionId()).isNull();
    }

    @Test
    void theConnectorIsChargingAgainOnceTheReconnectedStationReportsIt() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-S");
        result(cp.statusNotification(1, "Charging", "NoError"));
        ChargingStation station = central.service.chargingStation("CP-S").orElseThrow();

        cp.abort();
        await(() -> !station.online());
        ConnectorStatus whileAway = station.state(1).status();
        cp.connect();
        result(cp.statusNotification(1, "Finishing", "NoError"));
        ConnectorStatus finishing = station.state(1).status();
        result(cp.statusNotification(1, "Charging", "NoError"));

        assertThat(whileAway).isEqualTo(ConnectorStatus.OFFLINE);
        assertThat(finishing).isEqualTo(ConnectorStatus.FINISHING);
        assertThat(station.online()).isTrue();
        assertThat(station.state(1).status()).isEqualTo(ConnectorStatus.CHARGING);
    }

    @Test
    void aSecondConnectionWithTheSameIdentityReplacesTheFirst() throws Exception {
        ChargePointSimulator first = central.connect("CP-TWICE");
        first.dontAnswer("GetConfiguration");
        await(() -> central.service.station("CP-TWICE").map(s -> s.connected()).orElse(false));
        CompletableFuture<?> pending = central.service.send("CP-TWICE", new GetConfigurationRequest(null))
                .toCompletableFuture();
        first.awaitCall("GetConfiguration", WAIT);

        ChargePointSimulator second = central.connect("CP-TWICE");
        CloseStatus closed = first.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(closed.code()).isEqualTo(1000);
        assertThat(closed.reason()).isEqualTo("replaced by a new connection");
        // the old connection's close has been handled once its waiting call failed
        assertThat(pending).failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
                .satisfies(e -> assertThat(CallFailure.of(e).reason()).isEqualTo(CallFailure.Reason.OFFLINE));
        assertThat(central.service.station("CP-TWICE").orElseThrow().connected()).isTrue();
        assertThat(central.events("CP-TWICE")).extracting(Event::code).doesNotContain("disconnected");
        assertThat(central.service.send("CP-TWICE", new ClearCacheRequest()).toCompletableFuture()
                .get(WAIT.toSeconds(), TimeUnit.SECONDS).status()).isEqualTo(ClearCacheStatus.ACCEPTED);
        assertThat(second.awaitCall("ClearCache", WAIT)).isNotNull();
        assertThat(first.receivedCalls()).extracting(ReceivedCall::action).doesNotContain("ClearCache");
        assertThat(result(second.heartbeat()).has("currentTime")).isTrue();
    }
}
