package io.ampgate.ocpp.message;

import java.time.Instant;
import java.util.List;

/** The readings a station took at one moment. */
public record MeterValue(Instant timestamp, List<SampledValue> sampledValue) {
    public MeterValue {
        Fields.required(timestamp, "timestamp");
        sampledValue = Fields.requiredList(sampledValue, "sampledValue");
    }
}
