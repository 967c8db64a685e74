package io.ampgate.store.site;

import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.unit.Wiring;

/**
 * A connector (socket) of a station as the installer registered it. Currents are per phase, in A.
 *
 * @param number the connector number, {@code >= 1}
 * @param plugType the plug or socket type
 * @param wiring single or three phase
 * @param rotation how the station's terminals are connected to the site phases
 * @param maxCurrent the most the connector may draw, {@code > 0}
 * @param minCurrent the least current at which a vehicle charges (IEC 61851: 6 A), in
 *     {@code [0, maxCurrent]}
 * @param manageable whether the gateway can set its current
 * @param smartCharging how limits are sent to it
 * @param meterId the id of an external meter that measures this connector, or {@code null}
 * @param socketName the name shown to operators and drivers ({@code null} becomes {@code ""}), at
 *     most 100 characters
 * @param description free text ({@code null} becomes {@code ""}), at most 500 characters
 */
public record Connector(int number, PlugType plugType, Wiring wiring, PhaseRotation rotation,
        double maxCurrent, double minCurrent, boolean manageable, SmartChargingParams smartCharging,
        String meterId, String socketName, String description) {

    /** Checks the fields (the electrical ones as {@link ConnectorInfo} does). */
    public Connector {
        Check.notNull(plugType, "plugType");
        Check.notNull(wiring, "wiring");
        Check.notNull(rotation, "rotation");
        Check.notNull(smartCharging, "smartCharging");
        new ConnectorInfo(number, plugType, wiring, rotation, maxCurrent, minCurrent, manageable);
        if (meterId != null) {
            meterId = Check.id(meterId, "meterId");
        }
        socketName = Check.text(socketName, "socketName", 100);
        description = Check.text(description, "description", 500);
    }

    /**
     * A manageable connector with the IEC 61851 minimum of 6 A, the default smart-charging
     * parameters, no external meter, no name.
     *
     * @param number the connector number
     * @param plugType the plug type
     * @param wiring single or three phase
     * @param rotation the phase rotation
     * @param maxCurrent the most it may draw per phase, in A
     * @return the connector
     */
    public static Connector of(int number, PlugType plugType, Wiring wiring, PhaseRotation rotation, double maxCurrent) {
        return new Connector(number, plugType, wiring, rotation, maxCurrent, ConnectorInfo.IEC_61851_MIN_CURRENT,
                true, SmartChargingParams.defaults(), null, "", "");
    }

    /**
     * The connector as the energy manager and the drivers see it.
     *
     * @return the electrical description
     */
    public ConnectorInfo toInfo() {
        return new ConnectorInfo(number, plugType, wiring, rotation, maxCurrent, minCurrent, manageable);
    }
}
