package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a charging profile limits: the whole station, the default for new transactions, or one
 * transaction.
 */
public enum ChargingProfilePurpose {
    @JsonProperty("ChargePointMaxProfile") CHARGE_POINT_MAX_PROFILE,
    @JsonProperty("TxDefaultProfile") TX_DEFAULT_PROFILE,
    @JsonProperty("TxProfile") TX_PROFILE
}
