package io.ampgate.ocpp.message;

/**
 * A station announces itself after it started: vendor and model, optionally serial numbers,
 * firmware, modem and meter.
 */
public record BootNotificationRequest(
        String chargePointVendor,
        String chargePointModel,
        String chargePointSerialNumber,
        String chargeBoxSerialNumber,
        String firmwareVersion,
        String iccid,
        String imsi,
        String meterType,
        String meterSerialNumber)
        implements ChargePointRequest<BootNotificationResponse> {
    public BootNotificationRequest {
        Fields.required(chargePointVendor, "chargePointVendor");
        Fields.required(chargePointModel, "chargePointModel");
    }
}
