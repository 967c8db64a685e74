package io.ampgate.simulator.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");

    /**
     * A profile written short: {@code purpose/stackLevel/limit[unit][/numberPhases]}, e.g.
     * {@code TxDefaultProfile/0/16A} or {@code ChargePointMaxProfile/1/22000W/3}; a {@code @HH:MM}
     * suffix starts its schedule then (else an hour ago), {@code !} marks it expired.
     */
    private static JsonNode profile(String shorthand, int transactionId) {
        String text = shorthand.trim();
        boolean expired = text.endsWith("!");
        text = expired ? text.substring(0, text.length() - 1) : text;
        String start = NOW.minusSeconds(3600).toString();
        if (text.contains("@")) {
            start = "2025-06-02T" + text.substring(text.indexOf('@') + 1) + ":00Z";
            text = text.substring(0, text.indexOf('@'));
        }
        String[] f = text.split("/");
        String unit = f[2].endsWith("W") ? "W" : "A";
        String limit = f[2].substring(0, f[2].length() - 1);
        String phases = f.length > 3 ? ",\"numberPhases\":" + f[3] : "";
        String tx = f[0].equals("TxProfile") ? ",\"transactionId\":" + transactionId : "";
        String validTo = expired ? ",\"validTo\":\"" + NOW.minusSeconds(1) + "\"" : "";
        try {
            return JSON.readTree("{\"chargingProfileId\":1,\"stackLevel\":" + f[1] + ",\"chargingProfilePurpose\":\""
                    + f[0] + "\",\"chargingProfileKind\":\"Absolute\"" + tx + validTo + ",\"chargingSchedule\":{"
                    + "\"startSchedule\":\"" + start + "\",\"chargingRateUnit\":\"" + unit
                    + "\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":" + limit + phases + "},"
                    + "{\"startPeriod\":7200,\"limit\":1}]}}");
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<JsonNode> profiles(String list, int transactionId) {
        List<JsonNode> out = new ArrayList<>();
        for (String p : list.split(";")) {
            if (!p.isBlank()) {
                out.add(profile(p, transactionId));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "connector [{0}], station [{1}], transaction {2}: {3} A")
    @CsvSource(delimiter = '|', value = {
            " |  | 0 | -",
            "TxDefaultProfile/0/16A |  | 0 | 16",
            " | TxDefaultProfile/0/20A | 0 | 20",
            "TxDefaultProfile/0/16A | TxDefaultProfile/0/20A | 0 | 16",
            "TxDefaultProfile/0/16A;TxProfile/1/10A | | 7 | 10",
            "TxDefaultProfile/0/16A;TxProfile/1/10A | | 0 | 16",
            "TxDefaultProfile/0/16A | ChargePointMaxProfile/0/12A | 0 | 12",
            "TxDefaultProfile/0/16A | ChargePointMaxProfile/0/20A | 0 | 16",
            " | ChargePointMaxProfile/0/20A | 0 | 20",
            "TxDefaultProfile/0/16A;TxDefaultProfile/2/8A;TxDefaultProfile/1/12A | | 0 | 8",
            "TxDefaultProfile/0/11040W | | 0 | 16",
            "TxDefaultProfile/0/3680W/1 | | 0 | 16",
            "TxDefaultProfile/0/16A@07:30 | | 0 | 1",
            "TxDefaultProfile/0/16A@08:30 | | 0 | 16",
            "TxDefaultProfile/0/16A@11:00 | | 0 | -",
            "TxDefaultProfile/0/16A;TxDefaultProfile/1/6A! | | 0 | 16"})
    void limitOfTheProfilesInForce(String connector, String station, int transaction, String limitA) {
        OptionalInt tx = transaction == 0 ? OptionalInt.empty() : OptionalInt.of(transaction);

        OptionalDouble limit = ProfileLimit.limitA(profiles(connector == null ? "" : connector, transaction),
                profiles(station == null ? "" : station, transaction), tx, NOW.minusSeconds(60), NOW, 230);

        if (limitA.equals("-")) {
            assertThat(limit).isEmpty();
        } else {
            assertThat(limit.getAsDouble()).isCloseTo(Double.parseDouble(limitA),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
