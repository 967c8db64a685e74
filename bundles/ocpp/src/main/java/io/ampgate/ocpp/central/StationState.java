package io.ampgate.ocpp.central;

import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.station.Setpoint;
import io.ampgate.api.unit.PhaseValues;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the central system knows live about one station: its connection, its boot answer, and per
 * connector the last reported status, measurements and transaction. Lives as long as the gateway
 * runs (not only while connected), so a station that reconnects finds its setpoints again.
 */
final class StationState {

    /** One connector as last reported. */
    record Connector(ConnectorStatus status, String errorCode, String info, PhaseValues current, double power,
            double energyWh, Integer transactionId, Instant updated) {

        /** A connector the station has not reported yet: not available until it says so. */
        static Connector unknown(Instant at) {
            return new Connector(ConnectorStatus.UNAVAILABLE, "NoError", "", PhaseValues.none(), Double.NaN,
                    Double.NaN, null, at);
        }

        Connector withStatus(ConnectorStatus s, String error, String text, Instant at) {
            return new Connector(s, error, text, current, power, energyWh, transactionId, at);
        }

        Connector withReading(Reading r, Instant at) {
            PhaseValues c = current;
            for (io.ampgate.api.unit.Phase p : io.ampgate.api.unit.Phase.values()) {
                if (r.current().isMeasured(p)) {
                    c = c.with(p, r.current().get(p));
                }
            }
            double pw = Double.isNaN(r.totalPower()) ? power : r.totalPower();
            double e = Double.isNaN(r.energyWh()) ? energyWh : r.energyWh();
            return new Connector(status, errorCode, info, c, pw, e, transactionId, at);
        }

        Connector withTransaction(Integer id, double meterWh, Instant at) {
            double e = Double.isNaN(meterWh) ? energyWh : meterWh;
            PhaseValues c = id == null ? PhaseValues.none() : current;
            return new Connector(status, errorCode, info, c, id == null ? Double.NaN : power, e, id, at);
        }

        ConnectorState toApi(int number, boolean online, Instant offlineSince) {
            if (!online) {
                return ConnectorState.offline(number, offlineSince);
            }
            return new ConnectorState(number, status, current, power, energyWh,
                    transactionId == null ? null : transactionId.toString(), updated);
        }
    }

    final String id;
    private volatile boolean connected;
    private volatile Instant connectionChanged;
    private volatile String remoteAddress = "";
    private volatile String bootStatus;
    private final NavigableMap<Integer, Connector> connectors = new ConcurrentSkipListMap<>();
    private final Map<Integer, Setpoint> setpoints = new ConcurrentHashMap<>();
    private final RemoteRequests remote = new RemoteRequests();
    private final Map<Integer, RunningSession> running = new ConcurrentHashMap<>();

    StationState(String id, Instant now) {
        this.id = id;
        this.connectionChanged = now;
    }

    boolean connected() {
        return connected;
    }

    Instant connectionChanged() {
        return connectionChanged;
    }

    void connected(boolean now, String address, Instant at) {
        connected = now;
        connectionChanged = at;
        if (address != null) {
            remoteAddress = address;
        }
    }

    String remoteAddress() {
        return remoteAddress;
    }

    String bootStatus() {
        return bootStatus;
    }

    void bootStatus(String status) {
        bootStatus = status;
    }

    /** The connectors reported so far (connector 0, the station itself, excluded). */
    NavigableMap<Integer, Connector> connectors() {
        return connectors;
    }

    Connector connector(int number, Instant now) {
        return connectors.computeIfAbsent(number, n -> Connector.unknown(now));
    }

    void update(int number, Connector connector) {
        connectors.put(number, connector);
    }

    /** The API's view of a connector now. */
    io.ampgate.api.station.ConnectorState apiState(int number, Instant now) {
        return connector(number, now).toApi(number, connected, connectionChanged);
    }

    /** The connector running a transaction, or -1. */
    int connectorOf(int transactionId) {
        for (var e : connectors.entrySet()) {
            if (e.getValue().transactionId() != null && e.getValue().transactionId() == transactionId) {
                return e.getKey();
            }
        }
        return -1;
    }

    Map<Integer, Setpoint> setpoints() {
        return setpoints;
    }

    /** The remote starts and stops sent and not reported yet. */
    RemoteRequests remote() {
        return remote;
    }

    /** The running transactions seen since the gateway started, by transaction id. */
    Map<Integer, RunningSession> running() {
        return running;
    }

    /**
     * Whether a station's message time is from before its current connection (beyond {@code tolerance}
     * for clocks and delays): what it kept while offline from the gateway and sends now.
     */
    boolean beforeConnection(Instant at, Duration tolerance) {
        return at != null && at.isBefore(connectionChanged.minus(tolerance));
    }
}
