package io.ampgate.ems.allocator;

import java.util.Objects;

/**
 * A connector: its station's id and its connector number. Ordered by station id, then connector;
 * this order breaks every tie in the allocator.
 *
 * @param stationId the station's id, not blank
 * @param connector the connector number on the station (OCPP numbering, from 1)
 */
public record ConnectorId(String stationId, int connector) implements Comparable<ConnectorId> {

    /** Checks the station id. */
    public ConnectorId {
        Objects.requireNonNull(stationId, "stationId");
        if (stationId.isBlank()) {
            throw new IllegalArgumentException("stationId is blank");
        }
    }

    @Override
    public int compareTo(ConnectorId other) {
        int c = stationId.compareTo(other.stationId);
        return c != 0 ? c : Integer.compare(connector, other.connector);
    }

    @Override
    public String toString() {
        return stationId + "/" + connector;
    }
}
