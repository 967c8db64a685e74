package io.ampgate.ocpp.central;

import io.ampgate.ocpp.message.CentralSystemRequest;
import java.util.concurrent.CompletionStage;

/**
 * Sends a typed request to a station (the central system's outbound side). A job started for one
 * connection of a station (local lists, metering set-up) gets one that sends on that connection only,
 * never on the next one.
 */
@FunctionalInterface
interface Sender {

    <R> CompletionStage<R> send(String stationId, CentralSystemRequest<R> request);
}
