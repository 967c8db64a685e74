package io.ampgate.api.ems;

import io.ampgate.api.unit.PhaseValues;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a {@link Strategy} writes its constraints during one control cycle. The EMS gives each
 * strategy its own instance, valid only during {@link Strategy#shape}, and records which strategy
 * set what.
 *
 * <p>Every method only tightens the allocation problem (see the package description for the
 * composition rules). Each takes a {@code reason}: a short, non-blank text for the operator
 * explaining the constraint, e.g. {@code "grid signal: constrained to 40 A"}.
 *
 * <p>Methods throw {@link IllegalArgumentException} for a zone or connector that is not in the
 * snapshot, a negative or {@code NaN} amount, or a blank reason.
 */
@ProviderType
public interface Constraints {

    /**
     * Caps the total current of the connectors under a zone, per site phase. Several caps on the same
     * zone compose by the per-phase minimum ({@link PhaseValues#min(PhaseValues)}), and the zone's
     * own limit always applies as well. The cap covers the connectors only: a strategy that derives
     * it from the zone's meter subtracts the other loads itself (limit - (measured - EV draw)).
     *
     * @param zoneId the zone
     * @param cap the cap in A per site phase, {@code >= 0}; {@code NaN} on a phase leaves that phase
     *     uncapped
     * @param reason why, for the operator
     */
    void capZone(String zoneId, PhaseValues cap, String reason);

    /**
     * Bounds the current of one connector, on each phase it uses. The effective maximum is the
     * smallest of all maxima and the connector's own {@code maxCurrent}; the effective minimum is the
     * largest of all minima and the connector's own {@code minCurrent}. A connector that cannot be
     * given its effective minimum (because of the maximum, a zone cap or the other connectors) is
     * paused and queued; a maximum of 0 pauses it.
     *
     * @param stationId the station id
     * @param connector the connector number
     * @param minA the minimum in A, {@code >= 0} and finite; 0 adds no minimum
     * @param maxA the maximum in A, {@code >= 0}; {@link Double#POSITIVE_INFINITY} adds no maximum
     * @param reason why, for the operator
     */
    void boundConnector(String stationId, int connector, double minA, double maxA, String reason);

    /**
     * Caps the current of one connector: {@code boundConnector(stationId, connector, 0, maxA,
     * reason)}.
     *
     * @param stationId the station id
     * @param connector the connector number
     * @param maxA the maximum in A per phase, {@code >= 0}; 0 pauses the connector
     * @param reason why, for the operator
     */
    default void capConnector(String stationId, int connector, double maxA, String reason) {
        boundConnector(stationId, connector, 0, maxA, reason);
    }

    /**
     * Changes a connector's share in the fair sharing among connectors of the same priority: a
     * connector of weight 2 gets twice the current of one of weight 1, within its bounds. The default
     * weight is 1; several weights multiply. A weight only moves current between connectors; it
     * never raises a cap or a bound.
     *
     * @param stationId the station id
     * @param connector the connector number
     * @param weight the factor, {@code > 0} and finite
     * @param reason why, for the operator
     */
    void weight(String stationId, int connector, double weight, String reason);

    /**
     * Keeps a connector that has no current allocated from starting to draw in this cycle (no new
     * session starts; the vehicle waits in the queue). A connector that already has current keeps it,
     * subject to the other constraints. Any denial wins over any admission.
     *
     * @param stationId the station id
     * @param connector the connector number
     * @param reason why, for the operator (e.g. {@code "green-up: yellow, no new session"})
     */
    void denyAdmission(String stationId, int connector, String reason);

    /**
     * Limits how many connectors under a zone may draw current at once; the others are paused and
     * queued. Several limits compose by the minimum. Which connectors keep current is the
     * allocator's choice: higher priority first, then those already charging (no flapping), then the
     * longest waiting.
     *
     * @param zoneId the zone
     * @param max the number of connectors, {@code >= 0}
     * @param reason why, for the operator
     */
    void limitSessions(String zoneId, int max, String reason);

    /**
     * Raises an alert for the operator, for this cycle: something the strategy cannot do its work
     * without, e.g. its data lost. It constrains nothing. The EMS shows it with the cycle's decision
     * and logs when an alert is raised and when it is no longer raised; a strategy raises it again
     * every cycle for as long as it holds.
     *
     * @param id what the alert is about, the same from cycle to cycle (e.g. {@code "data-lost"})
     * @param message for the operator
     * @since 1.2
     */
    default void alert(String id, String message) {
    }
}
