package io.ampgate.ocpp.message;

/** A station says it is still there. */
public record HeartbeatRequest() implements ChargePointRequest<HeartbeatResponse> {
}
