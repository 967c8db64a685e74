package io.ampgate.ocpp.message;

/** The empty acknowledgement of an UpdateFirmware. */
public record UpdateFirmwareResponse() {
}
