package io.ampgate.store.site;

import io.ampgate.api.station.StationInfo;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A charging station with its connectors. Text fields that are unknown are {@code ""}
 * ({@code null} becomes {@code ""}); each is at most 100 characters unless said otherwise.
 *
 * @param id the OCPP charge point identity, or the id configured for a Modbus station; unique,
 *     at most 64 characters
 * @param name the display name; {@code null} or blank becomes {@code id}
 * @param zoneId the zone the station's connectors belong to, or {@code null} while unassigned
 * @param vip whether its sessions have priority when power is short
 * @param currentLimit the most the whole station may draw per phase, in A, or {@code NaN} for no
 *     limit of its own
 * @param registered whether an operator accepted it; a station that connected on its own and
 *     nobody registered yet is not
 * @param vendor the vendor it reported
 * @param model the model it reported
 * @param chargePointSerial the charge point serial number it reported
 * @param chargeBoxSerial the charge box serial number it reported
 * @param firmwareVersion the firmware version it reported
 * @param ipAddress the address it last connected from, at most 64 characters
 * @param lastSeen when it was last heard from, or {@code null} if never (kept to the millisecond)
 * @param cpoUrl the URL of an external charge point operator that the gateway relays it to, at
 *     most 500 characters, {@code ""} for none
 * @param protocol {@link #OCPP} or the name of the Modbus driver that controls it
 * @param connectors its connectors, with distinct numbers, in number order
 */
public record Station(String id, String name, String zoneId, boolean vip, double currentLimit, boolean registered,
        String vendor, String model, String chargePointSerial, String chargeBoxSerial, String firmwareVersion,
        String ipAddress, Instant lastSeen, String cpoUrl, String protocol, List<Connector> connectors) {

    /** The protocol of stations that speak OCPP. */
    public static final String OCPP = "ocpp";

    /** Checks and normalises the fields. */
    public Station {
        id = Check.id(id, "station id");
        name = name == null || name.isBlank() ? id : Check.text(name, "name", 100);
        if (zoneId != null) {
            zoneId = Check.id(zoneId, "zoneId");
        }
        if (!Double.isNaN(currentLimit) && !(currentLimit > 0 && Double.isFinite(currentLimit))) {
            throw new IllegalArgumentException("station " + id + ": currentLimit must be > 0 A or NaN (none), not "
                    + currentLimit);
        }
        vendor = Check.text(vendor, "vendor", 100);
        model = Check.text(model, "model", 100);
        chargePointSerial = Check.text(chargePointSerial, "chargePointSerial", 100);
        chargeBoxSerial = Check.text(chargeBoxSerial, "chargeBoxSerial", 100);
        firmwareVersion = Check.text(firmwareVersion, "firmwareVersion", 100);
        ipAddress = Check.text(ipAddress, "ipAddress", 64);
        lastSeen = Check.millis(lastSeen);
        cpoUrl = Check.text(cpoUrl, "cpoUrl", 500);
        protocol = protocol == null || protocol.isBlank() ? OCPP : Check.text(protocol, "protocol", 100);
        connectors = Check.list(connectors, "connectors").stream()
                .sorted(java.util.Comparator.comparingInt(Connector::number)).toList();
        Set<Integer> numbers = new HashSet<>();
        for (Connector c : connectors) {
            if (!numbers.add(c.number())) {
                throw new IllegalArgumentException("station " + id + " has connector " + c.number() + " twice");
            }
        }
    }

    /**
     * A station that connected and nobody registered yet: only its identity is known.
     *
     * @param id its OCPP identity
     * @return an unregistered OCPP station without connectors
     */
    public static Station unregistered(String id) {
        return new Station(id, null, null, false, Double.NaN, false, "", "", "", "", "", "", null, "", OCPP, List.of());
    }

    /**
     * The identity the drivers and the energy manager see.
     *
     * @return the station info (its serial number is the charge point serial)
     */
    public StationInfo toInfo() {
        return new StationInfo(id, vendor, model, chargePointSerial, firmwareVersion);
    }

    /**
     * One connector.
     *
     * @param number the connector number
     * @return the connector, or {@code null} if the station has no such connector
     */
    public Connector connector(int number) {
        return connectors.stream().filter(c -> c.number() == number).findFirst().orElse(null);
    }
}
