package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.DefaultAnswersTest.json;
import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ampgate.simulator.Poll;
import io.ampgate.simulator.site.ArrivalPlan;
import io.ampgate.simulator.site.CarVisit;
import io.ampgate.simulator.site.PhaseCurrents;
import io.ampgate.simulator.site.SimulatedSite;
import io.ampgate.simulator.site.SiteSettings;
import io.ampgate.simulator.site.StationSpec;
import io.ampgate.simulator.site.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Simulated stations of a {@link SimulatedSite} against the test central system, on a virtual
 * clock (here, in the simulator's OCPP test package, for the test central system): they boot,
 * charge the cars that plug in at the limit their profiles give, and follow the central system's
 * commands. The network is real, so what follows a message is awaited with a deadline.
 */
class SimulatedSiteStationsTest {

    private static final Instant T0 = Instant.parse("2025-06-02T08:00:00Z");

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();
    private final VirtualTime time = new VirtualTime(T0);
    private SimulatedSite site;
    private StationLink link;

    private void start(String stations) throws Exception {
        SiteSettings settings = SiteSettings.builder()
                .ocpp(central.baseUri(), "")
                .stations(StationSpec.parseList(stations))
                .arrivals(new ArrivalPlan(1, 0, 0.3, 4_000, 40_000, List.of()))
                .modbus(SiteSettings.Endpoint.OFF, SiteSettings.Endpoint.OFF, SiteSettings.Endpoint.OFF, 0)
                .build();
        site = SimulatedSite.start(settings, time);
        link = central.awaitLink();
    }

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** A site of one three-phase 32 A station, once the central system has accepted it. */
    private void startAccepted() throws Exception {
        start("CP1:1:Type2:3:32");
        Poll.until(() -> site.accepted("CP1"), TIMEOUT, "accepted");
    }

    private CarVisit car(double kWh, int phases, double maxA, String badge) {
        return new CarVisit(time.now(), time.now().plus(Duration.ofHours(1)), kWh * 1000, phases, maxA, badge);
    }

    /** The next CALL of the station with this action that matches, skipping the others. */
    private JsonNode awaitCall(String action, Predicate<JsonNode> matching) throws InterruptedException {
        while (true) {
            ArrayNode call = link.awaitCall();
            if (call.get(2).asText().equals(action) && matching.test(call.get(3))) {
                return call.get(3);
            }
        }
    }

    private void awaitStatus(int connector, String status) throws InterruptedException {
        Poll.until(() -> site.connector("CP1", connector).status().equals(status), TIMEOUT,
                "CP1/" + connector + " sends " + status + "; it sent " + site.connector("CP1", connector).status());
    }

    private void steps(int seconds) {
        time.advance(Duration.ofSeconds(seconds));
    }

    private static Predicate<JsonNode> any() {
        return p -> true;
    }

    private JsonNode txProfile(int transactionId, double limitA) throws Exception {
        return json("{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":7,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Absolute\",\"transactionId\":"
                + transactionId + ",\"chargingSchedule\":{\"startSchedule\":\"" + time.now().minusSeconds(60)
                + "\",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":" + limitA
                + "}]}}}");
    }

    /** Connects, boots, plugs a three-phase 32 A car in: it charges; the transaction id. */
    private int charging() throws Exception {
        start("CP1:1:Type2:3:32");
        assertThat(awaitCall("BootNotification", any()).path("chargePointModel").asText()).isEqualTo("Simulated AC");
        Poll.until(() -> site.accepted("CP1"), TIMEOUT, "accepted");
        awaitStatus(1, "Available");
        assertThat(site.plugIn("CP1", 1, car(30, 3, 32, "B1"))).isTrue();
        assertThat(awaitCall("Authorize", any()).path("idTag").asText()).isEqualTo("B1");
        JsonNode start = awaitCall("StartTransaction", any());
        assertThat(start.path("connectorId").asInt()).isEqualTo(1);
        awaitStatus(1, "Charging");
        return 101; // the test central system's first transaction id
    }

    @Test
    void carChargesAtTheLimitItsProfileGivesAndReportsIt() throws Exception {
        int transaction = charging();
        assertThat(site.connector("CP1", 1).drawA()).isEqualTo(32);

        ArrayNode answer = link.call("SetChargingProfile", txProfile(transaction, 10)).get();
        assertThat(answer.get(2).path("status").asText()).isEqualTo("Accepted");
        steps(1);

        assertThat(site.connector("CP1", 1).drawA()).isEqualTo(10);
        assertThat(site.reading().cars()).isEqualTo(PhaseCurrents.all(10));
        assertThat(site.reading().net()).isEqualTo(site.reading().baseLoad().plus(PhaseCurrents.all(10))
                .minus(PhaseCurrents.all(site.reading().pvW() / 3 / 230)));
        steps(10);
        JsonNode sample = awaitCall("MeterValues", p -> p.path("transactionId").asInt() == transaction);
        JsonNode sampled = sample.path("meterValue").path(0).path("sampledValue");
        assertThat(sampled.findValuesAsText("measurand")).contains("Current.Import", "Power.Active.Import");
        for (JsonNode value : sampled) {
            if (value.path("measurand").asText().equals("Current.Import")) {
                assertThat(value.path("value").asDouble()).isEqualTo(10);
            }
            if (value.path("measurand").asText().equals("Power.Active.Import")) {
                assertThat(value.path("value").asDouble()).isEqualTo(6900);
            }
        }

        link.call("SetChargingProfile", txProfile(transaction, 4)).get();
        steps(1);
        awaitStatus(1, "SuspendedEVSE");
        assertThat(site.connector("CP1", 1).drawA()).isZero();
    }

    @Test
    void remoteStopEndsTheSessionAndTheCarStaysUntilItLeaves() throws Exception {
        int transaction = charging();

        ArrayNode answer = link.call("RemoteStopTransaction", json("{\"transactionId\":" + transaction + "}")).get();

        assertThat(answer.get(2).path("status").asText()).isEqualTo("Accepted");
        assertThat(awaitCall("StopTransaction", any()).path("reason").asText()).isEqualTo("Remote");
        awaitStatus(1, "Finishing");
        site.unplug("CP1", 1);
        awaitStatus(1, "Available");
    }

    @Test
    void stoppingTheSiteEndsItsSessionsAsAPowerLoss() throws Exception {
        charging();

        site.close();

        JsonNode stop = awaitCall("StopTransaction", any());
        assertThat(stop.path("reason").asText()).isEqualTo("PowerLoss");
        assertThat(link.awaitClose().code()).isEqualTo(1001);
    }

    @Test
    void fullCarIsSuspendedByItselfThenLeaves() throws Exception {
        startAccepted();
        CarVisit small = new CarVisit(time.now(), time.now().plus(Duration.ofMinutes(10)), 500, 3, 32, "B1");
        site.plugIn("CP1", 1, small);
        long meterStart = awaitCall("StartTransaction", any()).path("meterStart").asLong();
        awaitStatus(1, "Charging");

        for (int s = 0; s < 300 && !site.connector("CP1", 1).status().equals("SuspendedEV"); s++) {
            steps(1);
        }
        awaitStatus(1, "SuspendedEV");
        steps(600);

        JsonNode stop = awaitCall("StopTransaction", any());
        assertThat(stop.path("reason").asText()).isEqualTo("EVDisconnected");
        // the register starts far above 0 (it grows with the date): what counts is the difference
        assertThat(stop.path("meterStop").asLong() - meterStart).as("Wh delivered: what the car wanted, no more")
                .isBetween(500L, 510L);
        awaitStatus(1, "Available");
    }

    @Test
    void pendingStationBootsAgainWhenTheCentralSystemAsks() throws Exception {
        central.prepareLinks(l -> l.respondWith((id, action, payload) -> action.equals("BootNotification")
                ? StationLink.result(id, node("{\"status\":\"Pending\",\"currentTime\":\"" + time.now()
                        + "\",\"interval\":300}"))
                : l.plausibleAnswer(id, action, payload)));
        start("CP1:1:Type2:3:32");
        awaitCall("BootNotification", any());
        steps(60);
        assertThat(link.pollCall(200)).as("nothing before the boot interval").isNull();
        assertThat(site.accepted("CP1")).isFalse();

        link.respondWith(link::plausibleAnswer);
        assertThat(DefaultAnswersTest.status(
                link.call("TriggerMessage", json("{\"requestedMessage\":\"BootNotification\"}")))).isEqualTo("Accepted");

        awaitCall("BootNotification", any());
        Poll.until(() -> site.accepted("CP1"), TIMEOUT, "accepted after the triggered boot");
        awaitStatus(1, "Available");
    }

    /** A payload for an answer, in a responder (which may not throw). */
    private static JsonNode node(String text) {
        try {
            return json(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Test
    void refusedBadgeWaitsThenTheDriverLeaves() throws Exception {
        central.prepareLinks(l -> l.respondWith((id, action, payload) -> action.equals("Authorize")
                ? StationLink.result(id, node("{\"idTagInfo\":{\"status\":\"Invalid\"}}"))
                : l.plausibleAnswer(id, action, payload)));
        startAccepted();

        site.plugIn("CP1", 1, car(20, 3, 16, "STOLEN"));
        awaitCall("Authorize", any());
        Instant refused = time.now();
        Poll.until(() -> site.connector("CP1", 1).car().orElseThrow().departure()
                .equals(refused.plus(Duration.ofMinutes(2))), TIMEOUT, "the driver leaves in two minutes");
        awaitStatus(1, "Preparing");
        steps(119);
        assertThat(site.connector("CP1", 1).status()).isEqualTo("Preparing");
        steps(2);

        awaitStatus(1, "Available");
    }

    @Test
    void remoteStartOnAnEmptyConnectorBringsACar() throws Exception {
        startAccepted();

        assertThat(DefaultAnswersTest.status(link.call("RemoteStartTransaction",
                json("{\"idTag\":\"APP-1\",\"connectorId\":1}")))).isEqualTo("Accepted");

        assertThat(awaitCall("StartTransaction", any()).path("idTag").asText()).isEqualTo("APP-1");
        awaitStatus(1, "Charging");
        assertThat(DefaultAnswersTest.status(link.call("RemoteStartTransaction",
                json("{\"idTag\":\"APP-2\",\"connectorId\":1}")))).isEqualTo("Rejected");
    }

    @Test
    void inoperativeConnectorIsUnavailableAndTakesNoCar() throws Exception {
        startAccepted();

        assertThat(DefaultAnswersTest.status(link.call("ChangeAvailability",
                json("{\"connectorId\":1,\"type\":\"Inoperative\"}")))).isEqualTo("Accepted");

        awaitStatus(1, "Unavailable");
        assertThat(site.plugIn("CP1", 1, car(20, 3, 16, "B1"))).isFalse();
    }

    @Test
    void resetStopsTheSessionAndTheStationComesBack() throws Exception {
        charging();

        assertThat(DefaultAnswersTest.status(link.call("Reset", json("{\"type\":\"Soft\"}")))).isEqualTo("Accepted");

        assertThat(awaitCall("StopTransaction", any()).path("reason").asText()).isEqualTo("SoftReset");
        link.awaitClose();
        Poll.until(() -> !site.accepted("CP1"), TIMEOUT, "closed");
        steps(6);
        link = central.awaitLink();
        awaitCall("BootNotification", any());
        Poll.until(() -> site.accepted("CP1"), TIMEOUT, "accepted again");
        awaitStatus(1, "Finishing");
    }
}
