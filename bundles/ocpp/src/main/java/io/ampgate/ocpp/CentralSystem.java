package io.ampgate.ocpp;

import io.ampgate.ocpp.message.CentralSystemRequest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The OCPP 1.6-J central system: the stations connected to the gateway and the requests the
 * gateway sends them. The core, the energy manager and the console use it; drivers of other
 * kinds never need it. Most callers need only the {@link io.ampgate.api.station.ChargingStation}
 * services it publishes for registered stations.
 */
@ProviderType
public interface CentralSystem {

    /**
     * Sends a request to a station. At most one request per station is outstanding; others wait in
     * line (at most a hundred).
     *
     * @param stationId the station's identity
     * @param request the request, checked against the OCPP 1.6 schema before it is sent
     * @param <R> the response type
     * @return the station's response, or a failure with a {@link CallFailure} (offline, timeout,
     *     CALLERROR, invalid request or response, too many waiting)
     */
    <R> CompletionStage<R> send(String stationId, CentralSystemRequest<R> request);

    /**
     * Every station that connected since the gateway started or is registered, by identity.
     *
     * @return the stations
     */
    List<OcppStation> stations();

    /**
     * One station.
     *
     * @param stationId its identity
     * @return the station, or empty if it never connected and is not registered
     */
    Optional<OcppStation> station(String stationId);

    /**
     * Registers a station that connected: its next BootNotification is accepted and its
     * ChargingStation service is published. A station not known yet is added.
     *
     * @param stationId its identity
     */
    void register(String stationId);

    /**
     * Sets how a station must authenticate when it connects.
     *
     * @param stationId its identity; a station not known yet is added, unregistered
     * @param profile 0 (none), 1 (HTTP Basic), 2 (TLS and HTTP Basic) or 3 (TLS client certificate)
     * @param password the HTTP Basic password for profiles 1 and 2 (kept only as a hash), or
     *     {@code null} to keep the one set before
     * @throws IllegalArgumentException if the profile is not 0 to 3, the password is unfit (its
     *     message says why), or profile 1 or 2 is chosen without any password
     */
    void setSecurity(String stationId, int profile, char[] password);
}
