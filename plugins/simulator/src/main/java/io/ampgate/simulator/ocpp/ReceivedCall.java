package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.JsonNode;

/** A CALL the central system sent to the simulator. */
public record ReceivedCall(String messageId, String action, JsonNode payload) {
}
