package io.ampgate.launcher.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ampgate.simulator.ocpp.ChargePointSimulator;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Simulated OCPP stations joining a test site's gateway the way an installer adds real ones. */
final class ChargePoints {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChargePoints() {
    }

    /**
     * Connects a station, registers it, places it in {@code zone} and describes its connector 1
     * ({@code connector}: the max current and options of {@code zone:connector}), then boots it
     * again so that it is accepted.
     */
    static ChargePointSimulator join(Site site, String id, String zone, String connector) throws Exception {
        ChargePointSimulator cp = ChargePointSimulator.builder(id,
                URI.create("ws://127.0.0.1:" + site.ocppPort + "/ocpp/")).build().connect();
        cp.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS);
        site.command("ocpp:register " + id);
        site.command("zone:station " + id + " " + zone);
        site.command("zone:connector " + id + " 1 " + connector);
        cp.bootNotification("Acme", "Wallbox").get(10, TimeUnit.SECONDS);
        return cp;
    }

    /** The limit of a SetChargingProfile CALL as the station received it, or infinity for any other text. */
    static double profileLimit(String text) {
        try {
            JsonNode frame = JSON.readTree(text);
            if (frame.path(0).asInt() != 2 || !"SetChargingProfile".equals(frame.path(2).asText())) {
                return Double.POSITIVE_INFINITY;
            }
            return frame.path(3).path("csChargingProfiles").path("chargingSchedule").path("chargingSchedulePeriod")
                    .path(0).path("limit").asDouble(Double.POSITIVE_INFINITY);
        } catch (IOException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** Whether the station received, after {@code mark} ({@link ChargePointSimulator#textMark()}), a profile below {@code amps}. */
    static boolean receivedLimitBelow(ChargePointSimulator cp, long mark, double amps) throws InterruptedException {
        try {
            cp.awaitText(mark, text -> profileLimit(text) < amps, Duration.ZERO);
            return true;
        } catch (TimeoutException none) {
            return false;
        }
    }

    /** The limit of the charging profile the station got last on connector 1, or -1 before any. */
    static double limit(ChargePointSimulator cp) {
        OptionalDouble l = cp.state().lastLimit(1);
        return l.isPresent() ? l.getAsDouble() : -1;
    }
}
