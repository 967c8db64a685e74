package io.ampgate.api.station;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A charging station, registered as an OSGi service by its driver (one service per station) with
 * the service property {@link #PROP_ID}. The OCPP central system registers one for each station
 * that connects (or is configured); Modbus charger plugins one per configured station.
 *
 * <p>Queries return what the driver already knows and never block. Commands are asynchronous: they
 * return at once, and the stage completes with the station's answer, or with
 * {@link CommandResult.Outcome#OFFLINE OFFLINE} or {@link CommandResult.Outcome#TIMEOUT TIMEOUT}
 * (see {@link CommandResult}). Connector numbers that the station does not have are rejected with
 * an {@link IllegalArgumentException} thrown by the method itself.
 */
@ConsumerType
public interface ChargingStation {

    /** Service property: the station id, equal to {@code info().id()} (String). */
    String PROP_ID = "ampgate.station.id";

    /**
     * The station's identity.
     *
     * @return the info; vendor, model and firmware may change when the station (re)connects
     */
    StationInfo info();

    /**
     * The station's connectors, in connector number order.
     *
     * @return an unmodifiable list, possibly empty for a station that has not described itself yet
     */
    List<ConnectorInfo> connectors();

    /**
     * The live state of one connector.
     *
     * @param connector the connector number, {@code >= 1}
     * @return the last reported state, with status {@link ConnectorStatus#OFFLINE} while the station
     *     is not reachable
     * @throws IllegalArgumentException if the station has no such connector
     */
    ConnectorState state(int connector);

    /**
     * Whether the station is reachable now (an OCPP connection is open, a Modbus device answers).
     * Drivers must report a lost station within their heartbeat or poll timeout, not minutes later.
     *
     * @return {@code true} if commands can be delivered
     */
    boolean online();

    /**
     * Limits what a connector may draw (OCPP SetChargingProfile, a Modbus setpoint register). The
     * limit applies until the next setpoint; whether it also survives a station restart is up to the
     * driver (OCPP drivers use a TxDefaultProfile so that it does).
     *
     * @param connector the connector number, or 0 for a limit on the whole station
     * @param setpoint the limit
     * @return the station's answer; {@link CommandResult.Outcome#NOT_SUPPORTED} for a connector that
     *     is not manageable or a setpoint kind the station cannot apply
     */
    CompletionStage<CommandResult> applySetpoint(int connector, Setpoint setpoint);

    /**
     * Starts a session on behalf of a badge (OCPP RemoteStartTransaction). Authorization rules are
     * the caller's business.
     *
     * @param connector the connector number, {@code >= 1}
     * @param idTag the badge (RFID tag) or virtual tag to charge for, non-blank
     * @return the station's answer; acceptance means the station will try, the session starts when
     *     the station reports it
     */
    CompletionStage<CommandResult> remoteStart(int connector, String idTag);

    /**
     * Stops a running session (OCPP RemoteStopTransaction).
     *
     * @param sessionId the session id, as in {@link ConnectorState#sessionId()}
     * @return the station's answer; {@link CommandResult.Outcome#REJECTED} for an unknown session
     */
    CompletionStage<CommandResult> remoteStop(String sessionId);

    /**
     * Starts a session on behalf of a badge, saying who asks for it. A driver that keeps session
     * records notes who asked; the default ignores it and calls {@link #remoteStart(int, String)}.
     *
     * @param connector the connector number, {@code >= 1}
     * @param idTag the badge (RFID tag) or virtual tag to charge for, non-blank
     * @param requestedBy the operator's name, or the name of the service that asks; a name starting
     *     with {@code "api:"} (e.g. {@code "api:fleet-portal"}) marks a caller of the gateway's API.
     *     May be {@code null}
     * @return the station's answer, as for {@link #remoteStart(int, String)}
     * @since 1.1
     */
    default CompletionStage<CommandResult> remoteStart(int connector, String idTag, String requestedBy) {
        return remoteStart(connector, idTag);
    }

    /**
     * Stops a running session, saying why and who asks, so that the session's record says who or
     * what ended it. The default ignores both and calls {@link #remoteStop(String)}, which itself
     * means an operator without a name.
     *
     * @param sessionId the session id, as in {@link ConnectorState#sessionId()}
     * @param cause who or what asks for the stop, non-null
     * @param requestedBy the operator's name or the name of the service that asks, for the record;
     *     may be {@code null}
     * @return the station's answer, as for {@link #remoteStop(String)}
     * @since 1.1
     */
    default CompletionStage<CommandResult> remoteStop(String sessionId, StopCause cause, String requestedBy) {
        return remoteStop(sessionId);
    }

    /**
     * Takes a connector in or out of service (OCPP ChangeAvailability).
     *
     * @param connector the connector number, or 0 for the whole station
     * @param operative {@code true} to make it available, {@code false} for maintenance
     * @return the station's answer; {@link CommandResult.Outcome#SCHEDULED} if it waits for a running
     *     session to end
     */
    CompletionStage<CommandResult> changeAvailability(int connector, boolean operative);

    /**
     * Restarts the station (OCPP Reset).
     *
     * @param type soft or hard
     * @return the station's answer
     */
    CompletionStage<CommandResult> reset(ResetType type);

    /**
     * Releases the cable lock of a connector (OCPP UnlockConnector), e.g. for a driver whose cable is
     * stuck.
     *
     * @param connector the connector number, {@code >= 1}
     * @return the station's answer; {@link CommandResult.Outcome#FAILED} if the lock did not open
     */
    CompletionStage<CommandResult> unlock(int connector);
}
