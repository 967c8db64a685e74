package io.ampgate.store.site;

/**
 * One connector (socket) of one station, as badges and socket groups refer to it.
 *
 * @param stationId the station's id (its OCPP identity)
 * @param connector the connector number, {@code >= 1}
 */
public record ConnectorRef(String stationId, int connector) {

    /** Checks the fields. */
    public ConnectorRef {
        stationId = Check.id(stationId, "stationId");
        if (connector < 1) {
            throw new IllegalArgumentException("connector number must be >= 1, not " + connector);
        }
    }
}
