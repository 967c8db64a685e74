package io.ampgate.api.station;

import java.util.Optional;

/**
 * The status of a connector (socket), as shown to the operator. It is the OCPP 1.6 connector status
 * plus {@link #TO_BE_CONFIGURED} and {@link #OFFLINE}, which only the gateway knows.
 */
public enum ConnectorStatus {
    /** Known to the gateway but not configured by the installer yet ("To be configured"). */
    TO_BE_CONFIGURED(null),
    /** Free and ready to charge a vehicle. */
    AVAILABLE("Available"),
    /** Occupied: a vehicle is plugged in (or a user presented a badge) but not charging yet. */
    PREPARING("Preparing"),
    /** A session is running and the vehicle draws current. */
    CHARGING("Charging"),
    /** A session is running but the vehicle draws no current (full, or pausing by itself). */
    SUSPENDED_EV("SuspendedEV"),
    /** A session is running but the station offers no current (e.g. a setpoint of 0 A). */
    SUSPENDED_EVSE("SuspendedEVSE"),
    /** The session has ended; the vehicle is still plugged in. */
    FINISHING("Finishing"),
    /** Reserved for a badge ("Booked"). */
    RESERVED("Reserved"),
    /** Not available for charging, e.g. set inoperative for maintenance ("Not available/Maintenance"). */
    UNAVAILABLE("Unavailable"),
    /** The station reports a fault on this connector ("Fault/Error"). */
    FAULTED("Faulted"),
    /** Out of service: the station is not reachable, so its real status is unknown. */
    OFFLINE(null);

    private final String ocpp;

    ConnectorStatus(String ocpp) {
        this.ocpp = ocpp;
    }

    /**
     * Whether a vehicle is plugged in ("Occupied" in the operator's terms).
     *
     * @return {@code true} for {@link #PREPARING}, {@link #CHARGING}, {@link #SUSPENDED_EV},
     *     {@link #SUSPENDED_EVSE} and {@link #FINISHING}
     */
    public boolean isOccupied() {
        return this == PREPARING || isSessionActive() || this == FINISHING;
    }

    /**
     * Whether a charging session (an OCPP transaction) is running, drawing current or not. The
     * energy manager allocates current to these connectors: a session suspended by the station
     * ({@link #SUSPENDED_EVSE}) needs an allocation to resume.
     *
     * @return {@code true} for {@link #CHARGING}, {@link #SUSPENDED_EV} and {@link #SUSPENDED_EVSE}
     */
    public boolean isSessionActive() {
        return this == CHARGING || this == SUSPENDED_EV || this == SUSPENDED_EVSE;
    }

    /**
     * Whether the vehicle is drawing current.
     *
     * @return {@code true} for {@link #CHARGING} only
     */
    public boolean isCharging() {
        return this == CHARGING;
    }

    /**
     * Maps an OCPP 1.6 {@code ChargePointStatus} ({@code Available}, {@code Preparing},
     * {@code Charging}, {@code SuspendedEV}, {@code SuspendedEVSE}, {@code Finishing},
     * {@code Reserved}, {@code Unavailable}, {@code Faulted}). Matching ignores case and surrounding
     * blanks, to tolerate sloppy firmware.
     *
     * @param status the OCPP status, may be {@code null}
     * @return the status; empty for {@code null} or an unknown name (the caller decides, typically
     *     logging it and keeping the previous status)
     */
    public static Optional<ConnectorStatus> fromOcpp(String status) {
        if (status == null) {
            return Optional.empty();
        }
        String name = status.trim();
        for (ConnectorStatus s : values()) {
            if (s.ocpp != null && s.ocpp.equalsIgnoreCase(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
