package io.ampgate.ocpp.central;

import io.ampgate.api.station.ChargingStation;
import io.ampgate.api.station.CommandResult;
import io.ampgate.api.station.ConnectorInfo;
import io.ampgate.api.station.ConnectorState;
import io.ampgate.api.station.ResetType;
import io.ampgate.api.station.Setpoint;
import io.ampgate.api.station.StationInfo;
import io.ampgate.api.station.StopCause;
import io.ampgate.ocpp.message.AvailabilityType;
import io.ampgate.ocpp.message.ChangeAvailabilityRequest;
import io.ampgate.ocpp.message.RemoteStartTransactionRequest;
import io.ampgate.ocpp.message.RemoteStopTransactionRequest;
import io.ampgate.ocpp.message.ResetRequest;
import io.ampgate.ocpp.message.UnlockConnectorRequest;
import io.ampgate.store.site.Connector;
import io.ampgate.store.site.Station;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The {@link ChargingStation} service of one registered OCPP station: its live state from the
 * central system, its configuration from the store, and commands as OCPP requests. Setpoints are
 * remembered so that a station that reconnects gets them again.
 */
final class OcppChargingStation implements ChargingStation {

    private final String id;
    private final Supplier<Station> config;
    private final StationState state;
    private final Sender sender;
    private final Clock clock;

    OcppChargingStation(String id, Supplier<Station> config, StationState state, Sender sender, Clock clock) {
        this.id = id;
        this.config = config;
        this.state = state;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public StationInfo info() {
        Station s = config.get();
        return s == null ? new StationInfo(id, "", "", "", "") : s.toInfo();
    }

    @Override
    public List<ConnectorInfo> connectors() {
        Station s = config.get();
        return s == null ? List.of() : s.connectors().stream().map(Connector::toInfo).toList();
    }

    @Override
    public ConnectorState state(int connector) {
        requireConnector(connector, false);
        return state.connector(connector, clock.instant()).toApi(connector, state.connected(), state.connectionChanged());
    }

    @Override
    public boolean online() {
        return state.connected();
    }

    @Override
    public CompletionStage<CommandResult> applySetpoint(int connector, Setpoint setpoint) {
        Connector c = requireConnector(connector, true);
        state.setpoints().put(connector, setpoint);
        return deliver(connector, c, setpoint);
    }

    /** Sends the remembered setpoints again (after a reconnect or a reboot). */
    void resendSetpoints() {
        state.setpoints().forEach((connector, setpoint) -> {
            Station s = config.get();
            deliver(connector, s == null || connector == 0 ? null : s.connector(connector), setpoint);
        });
    }

    /** Sends the limit of a connector that uses TxProfile, which could only wait for a transaction. */
    void transactionStarted(int connector) {
        Setpoint setpoint = state.setpoints().get(connector);
        Station s = config.get();
        Connector c = s == null ? null : s.connector(connector);
        if (setpoint != null && c != null
                && c.smartCharging().purpose() == io.ampgate.store.site.SmartChargingParams.Purpose.TX_PROFILE) {
            deliver(connector, c, setpoint);
        }
    }

    private CompletionStage<CommandResult> deliver(int connector, Connector c, Setpoint setpoint) {
        StationState.Connector live = connector == 0 ? null : state.connectors().get(connector);
        Integer transaction = live == null ? null : live.transactionId();
        return switch (Profiles.forSetpoint(connector, c, setpoint, transaction, clock.instant())) {
            case Profiles.Outcome.Request r -> Commands.result(sender.send(id, r.request()), resp -> resp.status());
            case Profiles.Outcome.Unsupported u -> CompletableFuture.completedFuture(
                    CommandResult.of(CommandResult.Outcome.NOT_SUPPORTED, u.reason()));
        };
    }

    @Override
    public CompletionStage<CommandResult> remoteStart(int connector, String idTag) {
        return remoteStart(connector, idTag, null);
    }

    /**
     * {@inheritDoc} The session that follows is recorded as started by an operator, or by an API
     * caller when {@code requestedBy} starts with {@value RemoteRequests#API_CALLER}.
     */
    @Override
    public CompletionStage<CommandResult> remoteStart(int connector, String idTag, String requestedBy) {
        requireConnector(connector, false);
        if (idTag == null || idTag.isBlank()) {
            throw new IllegalArgumentException("idTag is blank");
        }
        RemoteRequests.Start intent = state.remote().startAsked(connector, idTag, requestedBy, clock.instant());
        return forgetUnlessAccepted(Commands.result(sender.send(id,
                new RemoteStartTransactionRequest(connector, idTag, null)), resp -> resp.status()),
                () -> state.remote().forget(intent));
    }

    @Override
    public CompletionStage<CommandResult> remoteStop(String sessionId) {
        return remoteStop(sessionId, StopCause.OPERATOR, null);
    }

    @Override
    public CompletionStage<CommandResult> remoteStop(String sessionId, StopCause cause, String requestedBy) {
        Objects.requireNonNull(cause, "cause");
        int transactionId;
        try {
            transactionId = Integer.parseInt(sessionId);
        } catch (NumberFormatException e) {
            return CompletableFuture.completedFuture(CommandResult.of(CommandResult.Outcome.REJECTED,
                    "not a transaction of this station: " + sessionId));
        }
        RemoteRequests.Stop intent = state.remote().stopAsked(transactionId, cause, requestedBy, clock.instant());
        return forgetUnlessAccepted(Commands.result(sender.send(id, new RemoteStopTransactionRequest(transactionId)),
                resp -> resp.status()), () -> state.remote().forget(transactionId, intent));
    }

    /** A request the station did not accept will not be followed by a transaction message. */
    private static CompletionStage<CommandResult> forgetUnlessAccepted(CompletionStage<CommandResult> result,
            Runnable forget) {
        return result.whenComplete((r, failure) -> {
            if (r == null || r.outcome() != CommandResult.Outcome.ACCEPTED) {
                forget.run();
            }
        });
    }

    @Override
    public CompletionStage<CommandResult> changeAvailability(int connector, boolean operative) {
        requireConnector(connector, true);
        return Commands.result(sender.send(id, new ChangeAvailabilityRequest(connector,
                operative ? AvailabilityType.OPERATIVE : AvailabilityType.INOPERATIVE)), resp -> resp.status());
    }

    @Override
    public CompletionStage<CommandResult> reset(ResetType type) {
        io.ampgate.ocpp.message.ResetType wire = type == ResetType.HARD
                ? io.ampgate.ocpp.message.ResetType.HARD : io.ampgate.ocpp.message.ResetType.SOFT;
        return Commands.result(sender.send(id, new ResetRequest(wire)), resp -> resp.status());
    }

    @Override
    public CompletionStage<CommandResult> unlock(int connector) {
        requireConnector(connector, false);
        return Commands.result(sender.send(id, new UnlockConnectorRequest(connector)), resp -> resp.status());
    }

    /** The configured connector; connectors the station reported but nobody configured are allowed. */
    private Connector requireConnector(int number, boolean zeroAllowed) {
        if (number == 0 && zeroAllowed) {
            return null;
        }
        Station s = config.get();
        Connector c = s == null ? null : s.connector(number);
        if (number < 1 || (c == null && !state.connectors().containsKey(number))) {
            throw new IllegalArgumentException("station " + id + " has no connector " + number);
        }
        return c;
    }
}
