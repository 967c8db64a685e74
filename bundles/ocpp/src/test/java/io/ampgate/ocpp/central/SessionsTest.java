package io.ampgate.ocpp.central;

import static io.ampgate.ocpp.central.CentralFixture.WAIT;
import static io.ampgate.ocpp.central.CentralFixture.await;
import static io.ampgate.ocpp.central.CentralFixture.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ampgate.api.event.Topics;
import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.StopCause;
import io.ampgate.ocpp.message.RegistrationStatus;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import io.ampgate.simulator.ocpp.Payloads;
import io.ampgate.store.event.Event;
import io.ampgate.store.event.Severity;
import io.ampgate.store.session.Session;
import io.ampgate.store.session.SessionFilter;
import io.ampgate.store.session.StartedBy;
import io.ampgate.store.session.StopReason;
import io.ampgate.store.session.StoppedBy;
import io.ampgate.api.site.ZoneKind;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.Station;
import io.ampgate.store.site.ZoneConfig;
import java.math.BigDecimal;
import io.ampgate.store.site.EnergyCredit;
import io.ampgate.store.site.Scope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions end to end: simulated stations on 127.0.0.1, the real store on Derby, the core's rules. */
class SessionsTest {

    private static CentralFixture central;

    @BeforeAll
    static void start() throws Exception {
        central = new CentralFixture(RegistrationStatus.PENDING, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() throws Exception {
        central.close();
    }

    static Badge badge(String uid, String parentCode, EnergyCredit credit) {
        return new Badge(0, uid, "Holder " + uid, "", "", null, parentCode, "", Badge.Authorization.ALLOW_ALL,
                List.of(), null, null, Scope.everything(), Scope.everything(), Scope.everything(), credit, false, null,
                null, 0);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static CommandResult done(CompletionStage<CommandResult> command) throws Exception {
        return command.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static Session awaitStopped(long id) throws InterruptedException {
        await(() -> central.sessions.find(id).map(s -> !s.isRunning()).orElse(false));
        return central.sessions.find(id).orElseThrow();
    }

    /** A registered, booted station whose accepted remote starts and stops really start and stop. */
    private static ChargePointSimulator connectFollowingRemoteRequests(String identity) throws Exception {
        central.register(identity);
        ChargePointSimulator cp = central.connect(CentralFixture.station(identity, central.wsUri())
                .remoteTransactions(true));
        result(cp.bootNotification());
        return cp;
    }

    /** The session a remote start began, once the station knows its transaction id too. */
    private static Session awaitRemoteStart(ChargePointSimulator cp, int connector) throws InterruptedException {
        await(() -> central.sessions.running(cp.identity(), connector)
                .map(s -> cp.state().connectorOf((int) s.id()).isPresent()).orElse(false));
        return central.sessions.running(cp.identity(), connector).orElseThrow();
    }

    private static List<String> codes(String station) {
        return central.events(station).stream().map(Event::code).toList();
    }

    @Test
    void aLocalBadgeStartsAndStopsASession() throws Exception {
        central.badges.save(badge("LOCAL-1", "", EnergyCredit.unlimitedCredit()));
        ChargePointSimulator cp = central.connectRegistered("CP-LOCAL");
        Instant start = now();

        assertThat(result(cp.authorize("LOCAL-1")).at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        int tx = result(cp.startTransaction(1, "LOCAL-1", 2_000, start)).get("transactionId").asInt();
        result(cp.meterValues(1, tx, 2_500, 7_000));
        JsonNode stopped = result(cp.stopTransaction(tx, 3_000, start.plusSeconds(60), "Local", "LOCAL-1"));

        assertThat(stopped.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
        Session s = central.sessions.find(tx).orElseThrow();
        assertThat(s.startedBy()).isEqualTo(StartedBy.LOCAL_BADGE);
        assertThat(s.holderName()).isEqualTo("Holder LOCAL-1");
        assertThat(s.stoppedBy()).isEqualTo(StoppedBy.BADGE);
        assertThat(s.stoppedByWho()).isEqualTo("LOCAL-1");
        assertThat(s.energyWh()).isEqualTo(1_000L);
        assertThat(central.meterValues.list(tx)).hasSize(1);
    }

    @Test
    void aSessionIsPricedAtTheEnergyPriceOfItsZoneOrOfTheNearestZoneAbove() throws Exception {
        central.zones.save(new ZoneConfig("priced-site", null, "Main board", ZoneKind.SITE, PhaseValues.all(100),
                PhaseValues.none(), null, PhaseValues.all(40), new BigDecimal("0.30")));
        central.zones.save(new ZoneConfig("priced-garage", "priced-site", "Garage", ZoneKind.PANEL,
                PhaseValues.all(63), PhaseValues.none(), null, PhaseValues.all(16), null));
        central.stations.save(Station.unregistered("CP-PRICED"));
        Station unplaced = central.stations.find("CP-PRICED").orElseThrow();
        central.stations.save(new Station(unplaced.id(), null, "priced-garage", false, Double.NaN, true, "", "", "", "",
                "", "", null, "", Station.OCPP, List.of()));
        ChargePointSimulator cp = central.connectRegistered("CP-PRICED");
        Instant start = now();

        int tx = result(cp.startTransaction(1, "PRICED", 1_000, start)).get("transactionId").asInt();
        result(cp.stopTransaction(tx, 11_000, start.plusSeconds(3_600), "EVDisconnected", null));

        Session s = central.sessions.find(tx).orElseThrow();
        assertThat(s.zoneId()).isEqualTo("priced-garage");
        assertThat(s.pricePerKwh()).isEqualByComparingTo("0.30");
        assertThat(s.cost()).isEqualByComparingTo("3.00");
    }

    @Test
    void aNewTransactionOnAConnectorClosesTheOneTheStationLost() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-LOST");
        Instant start = now();
        int lost = result(cp.startTransaction(1, "LOST-1", 1_000, start)).get("transactionId").asInt();
        int other = result(cp.startTransaction(2, "LOST-2", 5_000, start)).get("transactionId").asInt();

        // after a power cut the station starts again on connector 1 without having stopped the first one
        int next = result(cp.startTransaction(1, "LOST-3", 4_000, start.plusSeconds(600))).get("transactionId").asInt();

        Session closed = central.sessions.find(lost).orElseThrow();
        assertThat(closed.isRunning()).isFalse();
        assertThat(closed.stoppedBy()).isEqualTo(StoppedBy.STATION);
        assertThat(closed.stopTime()).isEqualTo(start.plusSeconds(600));
        assertThat(closed.energyWh()).isEqualTo(3_000L);
        assertThat(central.sessions.find(next).orElseThrow().isRunning()).isTrue();
        assertThat(central.sessions.find(other).orElseThrow().isRunning()).as("another connector's session").isTrue();
        assertThat(central.events("CP-LOST")).filteredOn(e -> e.code().equals("transaction-abandoned"))
                .extracting(Event::message).singleElement().asString()
                .contains("Session " + lost).contains("started transaction " + next);

        // the same StartTransaction sent again after a reconnect is the same session, nothing is closed
        assertThat(result(cp.startTransaction(1, "LOST-3", 4_000, start.plusSeconds(600))).get("transactionId").asInt())
                .isEqualTo(next);
        assertThat(central.sessions.find(next).orElseThrow().isRunning()).isTrue();
    }

    @Test
    void aLostTransactionEndsLikeAStoppedOneItsEnergyChargedToTheBadgeAndPosted() throws Exception {
        Badge limited = central.badges.save(badge("CREDIT-LOST", "", EnergyCredit.of(10_000)));
        ChargePointSimulator cp = central.connectRegistered("CP-LOST-CREDIT");
        Instant start = now();
        int lost = result(cp.startTransaction(1, "CREDIT-LOST", 1_000, start)).get("transactionId").asInt();

        result(cp.startTransaction(1, "CREDIT-LOST", 4_000, start.plusSeconds(600)));

        assertThat(central.badges.find(limited.id()).orElseThrow().credit().remainingWh())
                .as("the 3,000 Wh of the lost session are charged").isEqualTo(7_000);
        assertThat(central.posted).filteredOn(p -> p.topic().equals(Topics.SESSION_STOPPED)
                && p.properties().get(Topics.PROP_SESSION_ID).equals(Integer.toString(lost))).singleElement()
                .satisfies(p -> assertThat(p.properties()).containsEntry(Topics.PROP_STATION_ID, "CP-LOST-CREDIT")
                        .containsEntry(Topics.PROP_CONNECTOR, 1).containsEntry(Topics.PROP_ID_TAG, "CREDIT-LOST")
                        .containsEntry(Topics.PROP_ENERGY_WH, 3_000L)
                        .containsEntry(Topics.PROP_REASON, StopReason.OTHER.ocppName()));
    }

    @Test
    void aStopForAnUnknownOrClosedTransactionCreatesNothingAndLeavesAnEvent() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-UNKNOWN");
        int tx = result(cp.startTransaction(1, "ANYONE", 0, now())).get("transactionId").asInt();
        result(cp.stopTransaction(tx, 500, now().plusSeconds(5), "EVDisconnected", null));
        Session closed = central.sessions.find(tx).orElseThrow();

        JsonNode unknown = result(cp.stopTransaction(tx + 10_000, 900, now(), "Local", null));
        JsonNode again = result(cp.stopTransaction(tx, 9_999, now().plusSeconds(10), "Local", "ANYONE"));

        assertThat(unknown.isObject()).isTrue();
        assertThat(again.has("idTagInfo")).isTrue();
        assertThat(central.sessions.find(tx + 10_000)).isEmpty();
        assertThat(central.sessions.find(tx)).contains(closed);
        assertThat(closed.stoppedBy()).isEqualTo(StoppedBy.EV);
        assertThat(central.events("CP-UNKNOWN")).filteredOn(e -> e.code().equals("transaction-unknown"))
                .extracting(Event::message).anyMatch(m -> m.contains("unknown transaction " + (tx + 10_000)))
                .anyMatch(m -> m.contains("already closed transaction " + tx));
    }

    @Test
    void anOperatorStartsAndStopsASessionRemotely() throws Exception {
        central.badges.save(badge("REMOTE-1", "", EnergyCredit.unlimitedCredit()));
        ChargePointSimulator cp = connectFollowingRemoteRequests("CP-REMOTE");
        result(cp.statusNotification(1, "Available", "NoError"));
        ChargingStation station = central.service.chargingStation("CP-REMOTE").orElseThrow();

        assertThat(done(station.remoteStart(1, "REMOTE-1", "alice")).outcome()).isEqualTo(CommandResult.Outcome.ACCEPTED);
        Session running = awaitRemoteStart(cp, 1);
        assertThat(done(station.remoteStop(Long.toString(running.id()), StopCause.OPERATOR, "bob")).outcome())
                .isEqualTo(CommandResult.Outcome.ACCEPTED);
        Session s = awaitStopped(running.id());

        assertThat(running.startedBy()).isEqualTo(StartedBy.REMOTE_OPERATOR);
        assertThat(running.badgeUid()).isEqualTo("REMOTE-1");
        assertThat(central.events("CP-REMOTE")).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("remote-start");
            assertThat(e.message()).contains("Session " + running.id()).contains("requested by alice");
        });
        assertThat(s.stoppedBy()).isEqualTo(StoppedBy.OPERATOR);
        assertThat(s.stoppedByWho()).isEqualTo("bob");
        assertThat(s.stopReason()).isEqualTo(StopReason.REMOTE);
    }

    @Test
    void anApiCallerIsRecordedAsSuch() throws Exception {
        ChargePointSimulator cp = connectFollowingRemoteRequests("CP-API");
        result(cp.statusNotification(2, "Available", "NoError"));
        ChargingStation station = central.service.chargingStation("CP-API").orElseThrow();

        done(station.remoteStart(2, "FLEET-7", "api:fleet-portal"));
        Session running = awaitRemoteStart(cp, 2);
        done(station.remoteStop(Long.toString(running.id()), StopCause.ENERGY_MANAGER, "energy-manager"));
        Session s = awaitStopped(running.id());

        assertThat(running.startedBy()).isEqualTo(StartedBy.REMOTE_API);
        assertThat(s.stoppedBy()).isEqualTo(StoppedBy.ENERGY_MANAGER);
        assertThat(s.stoppedByWho()).isEqualTo("energy-manager");
    }

    @Test
    void aBadgeWithTheSameParentCodeMayStopTheSessionAndAnotherRaisesAWarning() throws Exception {
        central.badges.save(badge("MUM", "FAMILY", EnergyCredit.unlimitedCredit()));
        central.badges.save(badge("KID", "family", EnergyCredit.unlimitedCredit()));
        central.badges.save(badge("STRANGER", "OTHERS", EnergyCredit.unlimitedCredit()));
        ChargePointSimulator cp = central.connectRegistered("CP-PARENT");
        Instant start = now();

        JsonNode mum = result(cp.authorize("MUM"));
        JsonNode kid = result(cp.authorize("KID"));
        int first = result(cp.startTransaction(1, "MUM", 0, start)).get("transactionId").asInt();
        result(cp.stopTransaction(first, 100, start.plusSeconds(10), "Local", "KID"));
        int second = result(cp.startTransaction(1, "MUM", 100, start.plusSeconds(20))).get("transactionId").asInt();
        result(cp.stopTransaction(second, 200, start.plusSeconds(30), "Local", "STRANGER"));

        assertThat(mum.at("/idTagInfo/parentIdTag").asText()).isEqualTo("FAMILY");
        assertThat(kid.at("/idTagInfo/parentIdTag").asText()).isEqualTo("family");
        Session byKid = central.sessions.find(first).orElseThrow();
        assertThat(byKid.stoppedBy()).isEqualTo(StoppedBy.BADGE);
        assertThat(byKid.stoppedByWho()).isEqualTo("KID");
        Session byStranger = central.sessions.find(second).orElseThrow();
        assertThat(byStranger.stoppedBy()).isEqualTo(StoppedBy.BADGE);
        assertThat(byStranger.stoppedByWho()).isEqualTo("STRANGER");
        List<Event> warnings = central.events("CP-PARENT").stream()
                .filter(e -> e.code().equals("stop-without-right")).toList();
        assertThat(warnings).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Severity.WARNING);
            assertThat(e.message()).contains("STRANGER").contains("session " + second).contains("MUM");
        });
    }

    @Test
    void aSessionIsStoppedWhenItsBadgeCreditIsUsedUp() throws Exception {
        Badge limited = central.badges.save(badge("CREDIT-1", "", EnergyCredit.of(1_000)));
        ChargePointSimulator cp = connectFollowingRemoteRequests("CP-CREDIT");
        long mark = cp.callMark();

        int tx = result(cp.startTransaction(1, "CREDIT-1", 5_000, now())).get("transactionId").asInt();
        result(cp.meterValues(1, tx, 5_600, 7_000));
        long afterFirst = central.badges.find(limited.id()).orElseThrow().credit().remainingWh();
        result(cp.meterValues(1, tx, 6_200, 7_000));
        var stopCall = cp.awaitCall(mark, "RemoteStopTransaction", WAIT);
        Session s = awaitStopped(tx);

        assertThat(afterFirst).isEqualTo(400);
        assertThat(stopCall.payload().get("transactionId").asInt()).isEqualTo(tx);
        assertThat(s.stoppedBy()).isEqualTo(StoppedBy.CREDIT_EXHAUSTED);
        assertThat(s.energyWh()).isEqualTo(1_200L);
        assertThat(central.badges.find(limited.id()).orElseThrow().credit().remainingWh()).isEqualTo(-200);
        assertThat(codes("CP-CREDIT")).contains("credit-exhausted");
        assertThat(result(cp.authorize("CREDIT-1")).at("/idTagInfo/status").asText()).isEqualTo("Blocked");
        assertThat(cp.receivedCalls()).filteredOn(c -> c.action().equals("RemoteStopTransaction")).hasSize(1);
    }

    @Test
    void transactionsRunOfflineAreRecordedOnceAfterTheReconnect() throws Exception {
        ChargePointSimulator cp = central.connectRegistered("CP-OFFLINE");
        cp.abort();
        await(() -> !central.service.station("CP-OFFLINE").orElseThrow().connected());
        Instant start = now().minus(Duration.ofHours(2));
        Instant sample = start.plus(Duration.ofMinutes(30));
        Instant end = start.plus(Duration.ofHours(1));

        cp.connect();
        await(() -> central.service.station("CP-OFFLINE").orElseThrow().connected());
        // an unknown badge the station's own list let charge: recorded all the same
        JsonNode started = result(cp.startTransaction(1, "OFFLINE-GHOST", 10_000, start));
        int tx = started.get("transactionId").asInt();
        ObjectNode values = Payloads.meterValues(1, tx, sample, 11_000, 3_600);
        result(cp.call("MeterValues", values));
        result(cp.call("MeterValues", values));
        ObjectNode stop = Payloads.stopTransaction(tx, 12_500, end, "Local", null);
        stop.set("transactionData", Payloads.meterValues(1, tx, sample, 11_000, 3_600).get("meterValue"));
        result(cp.call("StopTransaction", stop));
        int again = result(cp.startTransaction(1, "OFFLINE-GHOST", 10_000, start)).get("transactionId").asInt();
        result(cp.call("StopTransaction", stop));

        assertThat(started.at("/idTagInfo/status").asText()).isEqualTo("Invalid");
        assertThat(again).isEqualTo(tx);
        Session s = central.sessions.find(tx).orElseThrow();
        assertThat(s.startedBy()).isEqualTo(StartedBy.OFFLINE_REPLAY);
        assertThat(s.startTime()).isEqualTo(start);
        assertThat(s.stopTime()).isEqualTo(end);
        assertThat(s.energyWh()).isEqualTo(2_500L);
        assertThat(s.stoppedBy()).isEqualTo(StoppedBy.STATION);
        assertThat(central.meterValues.list(tx)).singleElement()
                .satisfies(v -> assertThat(v.sampledAt()).isEqualTo(sample));
        assertThat(central.sessions.list(SessionFilter.between(start.minusSeconds(1),
                end).station("CP-OFFLINE"), 0, 10)).hasSize(1);
    }
}
