package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The request payloads a station sends, valid against the OCPP 1.6 schemas. Tests that need an
 * invalid payload start from one of these and change it. Arguments documented as optional may be
 * null, and are then left out. Status and error-code arguments are the schemas' enum values, for
 * example {@code "Available"} and {@code "NoError"}.
 */
public final class Payloads {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Payloads() {
    }

    /** An OCPP timestamp: ISO 8601 in UTC with a Z, to the millisecond. */
    public static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    public static ObjectNode bootNotification(String vendor, String model) {
        return NODES.objectNode().put("chargePointVendor", vendor).put("chargePointModel", model);
    }

    public static ObjectNode heartbeat() {
        return NODES.objectNode();
    }

    /** A StatusNotification; {@code timestamp} is optional. */
    public static ObjectNode statusNotification(int connector, String status, String errorCode,
            Instant timestamp) {
        ObjectNode payload = NODES.objectNode().put("connectorId", connector)
                .put("errorCode", errorCode).put("status", status);
        return timestamp == null ? payload : payload.put("timestamp", timestamp(timestamp));
    }

    public static ObjectNode authorize(String idTag) {
        return NODES.objectNode().put("idTag", idTag);
    }

    public static ObjectNode startTransaction(int connector, String idTag, long meterStartWh,
            Instant timestamp) {
        return NODES.objectNode().put("connectorId", connector).put("idTag", idTag)
                .put("meterStart", meterStartWh).put("timestamp", timestamp(timestamp));
    }

    /** A StopTransaction; {@code reason} and {@code idTag} are optional. */
    public static ObjectNode stopTransaction(int transactionId, long meterStopWh, Instant timestamp,
            String reason, String idTag) {
        ObjectNode payload = NODES.objectNode().put("transactionId", transactionId)
                .put("meterStop", meterStopWh).put("timestamp", timestamp(timestamp));
        if (reason != null) {
            payload.put("reason", reason);
        }
        if (idTag != null) {
            payload.put("idTag", idTag);
        }
        return payload;
    }

    /**
     * One periodic sample: the energy register, the active power and, if given, the current on
     * each phase from L1 on. {@code transactionId} is optional.
     */
    public static ObjectNode meterValues(int connector, Integer transactionId, Instant timestamp,
            double energyWh, double powerW, double... currentA) {
        ArrayNode sampled = NODES.arrayNode();
        sampled.add(sample(energyWh, "Energy.Active.Import.Register", "Wh"));
        sampled.add(sample(powerW, "Power.Active.Import", "W"));
        for (int phase = 0; phase < currentA.length; phase++) {
            sampled.add(sample(currentA[phase], "Current.Import", "A").put("phase", "L" + (phase + 1)));
        }
        ObjectNode meterValue = NODES.objectNode().put("timestamp", timestamp(timestamp));
        meterValue.set("sampledValue", sampled);
        ObjectNode payload = NODES.objectNode().put("connectorId", connector);
        if (transactionId != null) {
            payload.put("transactionId", transactionId);
        }
        payload.putArray("meterValue").add(meterValue);
        return payload;
    }

    /** A DataTransfer; {@code messageId} and {@code data} are optional. */
    public static ObjectNode dataTransfer(String vendorId, String messageId, String data) {
        ObjectNode payload = NODES.objectNode().put("vendorId", vendorId);
        if (messageId != null) {
            payload.put("messageId", messageId);
        }
        if (data != null) {
            payload.put("data", data);
        }
        return payload;
    }

    public static ObjectNode diagnosticsStatusNotification(String status) {
        return NODES.objectNode().put("status", status);
    }

    public static ObjectNode firmwareStatusNotification(String status) {
        return NODES.objectNode().put("status", status);
    }

    private static ObjectNode sample(double value, String measurand, String unit) {
        return NODES.objectNode().put("value", BigDecimal.valueOf(value).stripTrailingZeros().toPlainString())
                .put("context", "Sample.Periodic").put("measurand", measurand).put("unit", unit);
    }
}
