package io.ampgate.ocpp.message;

import java.time.Instant;

/**
 * A charging schedule with its identity, stack level (higher wins), purpose, kind and validity;
 * {@code transactionId} only for a TxProfile, {@code recurrencyKind} only for a Recurring one.
 */
public record ChargingProfile(
        int chargingProfileId,
        Integer transactionId,
        int stackLevel,
        ChargingProfilePurpose chargingProfilePurpose,
        ChargingProfileKind chargingProfileKind,
        RecurrencyKind recurrencyKind,
        Instant validFrom,
        Instant validTo,
        ChargingSchedule chargingSchedule) {
    public ChargingProfile {
        Fields.required(chargingProfilePurpose, "chargingProfilePurpose");
        Fields.required(chargingProfileKind, "chargingProfileKind");
        Fields.required(chargingSchedule, "chargingSchedule");
    }
}
