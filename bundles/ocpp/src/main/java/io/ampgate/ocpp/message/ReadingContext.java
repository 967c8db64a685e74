package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a station took a reading: at a clock-aligned or periodic sample, at the start or end of a
 * transaction or an interruption, on a trigger.
 */
public enum ReadingContext {
    @JsonProperty("Interruption.Begin") INTERRUPTION_BEGIN,
    @JsonProperty("Interruption.End") INTERRUPTION_END,
    @JsonProperty("Sample.Clock") SAMPLE_CLOCK,
    @JsonProperty("Sample.Periodic") SAMPLE_PERIODIC,
    @JsonProperty("Transaction.Begin") TRANSACTION_BEGIN,
    @JsonProperty("Transaction.End") TRANSACTION_END,
    @JsonProperty("Trigger") TRIGGER,
    @JsonProperty("Other") OTHER
}
