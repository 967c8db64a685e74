package io.ampgate.ocpp.message;

import java.time.Instant;

/** The central system's clock, for the station to keep time with. */
public record HeartbeatResponse(Instant currentTime) {
    public HeartbeatResponse {
        Fields.required(currentTime, "currentTime");
    }
}
