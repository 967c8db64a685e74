package io.ampgate.core.session.internal;

import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ConnectorStatus;
import io.ampgate.api.unit.PhaseRotation;
import io.ampgate.api.station.PlugType;
import io.ampgate.api.station.ResetType;
import io.ampgate.api.station.Setpoint;
import io.ampgate.api.station.StationInfo;
import io.ampgate.api.station.StopCause;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.api.unit.Wiring;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A station driver standing in for OCPP or a Modbus charger at the edge of the core: it reports
 * the states the test sets and records the commands it is given.
 */
final class FakeStation implements ChargingStation {
    final String id;
    final Map<Integer, ConnectorState> states = new ConcurrentHashMap<>();
    final List<String> commands = new ArrayList<>();
    volatile boolean online = true;

    FakeStation(String id, int connectors) {
        this.id = id;
        for (int n = 1; n <= connectors; n++) {
            states.put(n, new ConnectorState(n, ConnectorStatus.AVAILABLE, PhaseValues.zero(), 0, 0, null,
                    Instant.EPOCH));
        }
    }

    void charging(int connector, long sessionId, double registerWh, double amps) {
        states.put(connector, new ConnectorState(connector, ConnectorStatus.CHARGING, PhaseValues.all(amps),
                amps * 230 * 3, registerWh, Long.toString(sessionId), Instant.EPOCH));
    }

    @Override
    public StationInfo info() {
        return new StationInfo(id, "Test", "Fake", null, null);
    }

    @Override
    public List<ConnectorInfo> connectors() {
        return states.keySet().stream().sorted().map(n -> new ConnectorInfo(n, PlugType.TYPE_2, Wiring.THREE_PHASE,
                PhaseRotation.L1_L2_L3, 32, true)).toList();
    }

    @Override
    public ConnectorState state(int connector) {
        ConnectorState state = states.get(connector);
        if (state == null) {
            throw new IllegalArgumentException("station " + id + " has no connector " + connector);
        }
        return state;
    }

    @Override
    public boolean online() {
        return online;
    }

    @Override
    public CompletionStage<CommandResult> applySetpoint(int connector, Setpoint setpoint) {
        return done("setpoint " + connector);
    }

    @Override
    public CompletionStage<CommandResult> remoteStart(int connector, String idTag) {
        return remoteStart(connector, idTag, null);
    }

    @Override
    public CompletionStage<CommandResult> remoteStart(int connector, String idTag, String requestedBy) {
        return done("start " + connector + " " + idTag + " by " + requestedBy);
    }

    @Override
    public CompletionStage<CommandResult> remoteStop(String sessionId) {
        return remoteStop(sessionId, StopCause.OPERATOR, null);
    }

    @Override
    public CompletionStage<CommandResult> remoteStop(String sessionId, StopCause cause, String requestedBy) {
        return done("stop " + sessionId + " " + cause + " by " + requestedBy);
    }

    @Override
    public CompletionStage<CommandResult> changeAvailability(int connector, boolean operative) {
        return done("availability " + connector);
    }

    @Override
    public CompletionStage<CommandResult> reset(ResetType type) {
        return done("reset");
    }

    @Override
    public CompletionStage<CommandResult> unlock(int connector) {
        return done("unlock " + connector);
    }

    private synchronized CompletionStage<CommandResult> done(String command) {
        commands.add(command);
        return CompletableFuture.completedFuture(CommandResult.accepted());
    }
}
