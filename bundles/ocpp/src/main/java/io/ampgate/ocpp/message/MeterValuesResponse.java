package io.ampgate.ocpp.message;

/** The empty acknowledgement of MeterValues. */
public record MeterValuesResponse() {
}
