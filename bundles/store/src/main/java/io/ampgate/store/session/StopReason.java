package io.ampgate.store.session;

import java.util.Arrays;
import java.util.Objects;

/** Why a station ended a transaction: the reasons of OCPP 1.6 StopTransaction. */
public enum StopReason {
    /** The emergency stop button was pressed. */
    EMERGENCY_STOP("EmergencyStop"),
    /** The cable was unplugged at the car. */
    EV_DISCONNECTED("EVDisconnected"),
    /** A hard reset of the station. */
    HARD_RESET("HardReset"),
    /** Stopped at the station (a badge or a button): OCPP's default. */
    LOCAL("Local"),
    /** Any other reason. */
    OTHER("Other"),
    /** The station lost its power supply. */
    POWER_LOSS("PowerLoss"),
    /** The station rebooted. */
    REBOOT("Reboot"),
    /** Stopped by a RemoteStopTransaction. */
    REMOTE("Remote"),
    /** A soft reset of the station. */
    SOFT_RESET("SoftReset"),
    /** Ended by an UnlockConnector command. */
    UNLOCK_COMMAND("UnlockCommand"),
    /** The badge was refused (e.g. by the central system's answer to StartTransaction). */
    DE_AUTHORIZED("DeAuthorized");

    private final String ocppName;

    StopReason(String ocppName) {
        this.ocppName = ocppName;
    }

    /**
     * The name OCPP 1.6 uses on the wire.
     *
     * @return e.g. {@code "EVDisconnected"}
     */
    public String ocppName() {
        return ocppName;
    }

    /**
     * The reason a station sent. OCPP says an absent reason means {@link #LOCAL}.
     *
     * @param ocppName the reason as sent, e.g. {@code "EVDisconnected"}; {@code null} for none
     * @return the reason; {@link #LOCAL} when {@code ocppName} is {@code null}
     * @throws IllegalArgumentException if OCPP 1.6 has no such reason
     */
    public static StopReason fromOcpp(String ocppName) {
        if (ocppName == null) {
            return LOCAL;
        }
        return Arrays.stream(values()).filter(r -> Objects.equals(r.ocppName, ocppName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown OCPP stop reason '" + ocppName + "'"));
    }
}
