package io.ampgate.ocpp.central;

import io.ampgate.ocpp.message.CentralSystemRequest;
import java.util.concurrent.CompletionStage;

/** Sends a typed request to a station (the central system's outbound side). */
@FunctionalInterface
interface Sender {

    <R> CompletionStage<R> send(String stationId, CentralSystemRequest<R> request);
}
