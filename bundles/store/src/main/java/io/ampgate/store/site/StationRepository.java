package io.ampgate.store.site;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The charging stations of the site, each stored together with its connectors. */
@ProviderType
public interface StationRepository {

    /**
     * Adds a station or replaces the stored one with the same id, connectors included: connectors
     * no longer listed are removed (with their places in socket groups and badge scopes).
     *
     * @param station the station
     * @return the station as stored
     * @throws IllegalArgumentException if its zone or a connector's meter does not exist
     */
    Station save(Station station);

    /**
     * One station.
     *
     * @param id its id (OCPP identity)
     * @return the station, or empty if there is none with that id
     */
    Optional<Station> find(String id);

    /**
     * Every station, by id.
     *
     * @return the stations
     */
    List<Station> list();

    /**
     * The stations of one zone (not of its sub-zones), by id.
     *
     * @param zoneId the zone
     * @return the stations
     */
    List<Station> listByZone(String zoneId);

    /**
     * The stations that connected and nobody registered yet, by id.
     *
     * @return the stations
     */
    List<Station> listUnregistered();

    /**
     * Records that a station connected: its address and the time. A station never seen before is
     * added, unregistered, with its identity only.
     *
     * @param id its OCPP identity
     * @param ipAddress the address it connected from
     * @param at when
     * @return the station as stored now
     */
    Station recordConnection(String id, String ipAddress, Instant at);

    /**
     * Records that a station was heard from (a heartbeat, any message).
     *
     * @param id the station
     * @param at when
     * @return {@code false} if there is no such station
     */
    boolean markSeen(String id, Instant at);

    /**
     * Records what a station reports about itself (OCPP BootNotification); {@code null} leaves a
     * field as it is.
     *
     * @param id the station
     * @param vendor the vendor
     * @param model the model
     * @param chargePointSerial the charge point serial number
     * @param chargeBoxSerial the charge box serial number
     * @param firmwareVersion the firmware version
     * @return {@code false} if there is no such station
     */
    boolean recordIdentity(String id, String vendor, String model, String chargePointSerial, String chargeBoxSerial,
            String firmwareVersion);

    /**
     * Marks a station as registered (accepted by an operator).
     *
     * @param id the station
     * @return {@code false} if there is no such station
     */
    boolean register(String id);

    /**
     * Removes a station and its connectors.
     *
     * @param id the station
     * @return {@code false} if there was no such station
     */
    boolean delete(String id);
}
