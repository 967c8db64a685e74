package io.ampgate.simulator.ocpp;

import static io.ampgate.simulator.ocpp.TestCentralSystem.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** What the convenience methods send is valid OCPP 1.6, with UTC timestamps. */
class StationMessagesTest {

    private static final Instant T = Instant.parse("2026-11-22T10:15:30.123456Z");

    @AutoClose
    private final TestCentralSystem central = TestCentralSystem.start();

    @Test
    void everyStationMessageIsValidAgainstItsSchema() throws Exception {
        ChargePointSimulator station = ChargePointSimulator.builder("CP-1", central.baseUri())
                .clock(Clock.fixed(T, ZoneId.of("Europe/Zurich"))).connectors(2).build();
        StationLink link = central.connect(station);

        List<CompletableFuture<Answer>> sent = List.of(
                station.bootNotification("VendorX", "ModelY"),
                station.heartbeat(),
                station.statusNotification(1, "Preparing", "NoError"),
                station.authorize("TAG-1"),
                station.startTransaction(2, "TAG-1", 1200, T.atOffset(ZoneOffset.ofHours(2)).toInstant()),
                station.meterValues(2, 101, 2345.5, 11000, 16, 16.1, 15.9),
                station.meterValues(1, null, 0, 0),
                station.stopTransaction(101, 5000, T, "EVDisconnected", "TAG-1"),
                station.stopTransaction(101, 5000, T, null, null),
                station.dataTransfer("io.ampgate", "ping", "{\"a\":1}"),
                station.diagnosticsStatusNotification("Uploaded"),
                station.firmwareStatusNotification("Installed"));

        for (CompletableFuture<Answer> answer : sent) {
            assertThat(answer).succeedsWithin(TIMEOUT);
            ArrayNode call = link.awaitCall();
            String action = call.get(2).asText();
            assertThat(Ocpp16Schemas.requestViolations(action, call.get(3))).as(call.toString()).isEmpty();
            call.get(3).findValues("timestamp").forEach(
                    timestamp -> assertThat(timestamp.asText()).isEqualTo("2026-11-22T10:15:30.123Z"));
        }
    }

    @Test
    void schemaCheckOfTheseTestsFindsFaults() {
        assertThat(Ocpp16Schemas.requestViolations("StatusNotification",
                Payloads.statusNotification(1, "Resting", "NoError", null))).isNotEmpty();
        assertThat(Ocpp16Schemas.requestViolations("StartTransaction",
                Payloads.startTransaction(1, "TAG", 0, T).put("timestamp", "yesterday"))).isNotEmpty();
    }

    @Test
    void meterValuesCarryEnergyPowerAndCurrentPerPhase() {
        JsonNode payload = Payloads.meterValues(1, 7, T, 2500, 7200.5, 10, 10.5, 9.5);

        JsonNode sampled = payload.at("/meterValue/0/sampledValue");
        assertThat(payload.get("transactionId").asInt()).isEqualTo(7);
        assertThat(sampled).hasSize(5);
        assertThat(sampled.get(0).toString()).isEqualTo("{\"value\":\"2500\",\"context\":\"Sample.Periodic\","
                + "\"measurand\":\"Energy.Active.Import.Register\",\"unit\":\"Wh\"}");
        assertThat(sampled.get(1).get("value").asText()).isEqualTo("7200.5");
        assertThat(sampled.get(3).get("phase").asText()).isEqualTo("L2");
        assertThat(sampled.get(3).get("value").asText()).isEqualTo("10.5");
    }

    @Test
    void timestampsAreUtcWithZ() {
        assertThat(Payloads.timestamp(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(Payloads.timestamp(T)).isEqualTo("2026-11-22T10:15:30.123Z");
    }

    @Test
    void optionalFieldsAreLeftOut() {
        assertThat(Payloads.stopTransaction(1, 10, T, null, null).has("reason")).isFalse();
        assertThat(Payloads.dataTransfer("v", null, null).toString()).isEqualTo("{\"vendorId\":\"v\"}");
        assertThat(Payloads.statusNotification(0, "Available", "NoError", null).has("timestamp")).isFalse();
    }
}
