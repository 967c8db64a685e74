package io.ampgate.simulator.ocpp;

/**
 * The configuration keys a new simulated station has: those OCPP 1.6 requires for the Core,
 * Local Auth List Management and Smart Charging profiles, with plausible values.
 */
final class StandardKeys {

    private static final boolean RW = false;
    private static final boolean RO = true;

    private StandardKeys() {
    }

    static void install(StationState state, int connectors) {
        state.configure("AuthorizeRemoteTxRequests", "false", RW);
        state.configure("ClockAlignedDataInterval", "0", RW);
        state.configure("ConnectionTimeOut", "60", RW);
        state.configure("ConnectorPhaseRotation", "Unknown", RW);
        state.configure("GetConfigurationMaxKeys", "50", RO);
        state.configure("HeartbeatInterval", "300", RW);
        state.configure("LocalAuthorizeOffline", "true", RW);
        state.configure("LocalPreAuthorize", "false", RW);
        state.configure("MeterValuesAlignedData", "Energy.Active.Import.Register", RW);
        state.configure("MeterValuesSampledData",
                "Energy.Active.Import.Register,Power.Active.Import,Current.Import", RW);
        state.configure("MeterValueSampleInterval", "60", RW);
        state.configure("NumberOfConnectors", Integer.toString(connectors), RO);
        state.configure("ResetRetries", "1", RW);
        state.configure("StopTransactionOnEVSideDisconnect", "true", RW);
        state.configure("StopTransactionOnInvalidId", "true", RW);
        state.configure("StopTxnAlignedData", "", RW);
        state.configure("StopTxnSampledData", "", RW);
        state.configure("SupportedFeatureProfiles", "Core,FirmwareManagement,LocalAuthListManagement,"
                + "Reservation,SmartCharging,RemoteTrigger", RO);
        state.configure("TransactionMessageAttempts", "3", RW);
        state.configure("TransactionMessageRetryInterval", "60", RW);
        state.configure("UnlockConnectorOnEVSideDisconnect", "true", RW);
        state.configure("LocalAuthListEnabled", "true", RW);
        state.configure("LocalAuthListMaxLength", "1000", RO);
        state.configure("SendLocalListMaxLength", "100", RO);
        state.configure("ChargeProfileMaxStackLevel", "10", RO);
        state.configure("ChargingScheduleAllowedChargingRateUnit", "Current,Power", RO);
        state.configure("ChargingScheduleMaxPeriods", "24", RO);
        state.configure("MaxChargingProfilesInstalled", "10", RO);
    }
}
