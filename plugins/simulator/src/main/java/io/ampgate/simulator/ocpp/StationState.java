package io.ampgate.simulator.ocpp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a simulated station remembers: configuration keys, the local authorization list and its
 * version, installed charging profiles, and per connector its transaction, status, availability
 * and energy register. The default answers read and change it; tests read it to see what the
 * central system did, and may change it to set a scene. Connector 0 is the station as a whole.
 * Thread-safe.
 */
public final class StationState {

    /** One configuration key as GetConfiguration reports it. */
    public record ConfigurationKey(String key, String value, boolean readonly) {
    }

    private final int connectors;
    private final Map<String, ConfigurationKey> configuration = new LinkedHashMap<>();
    private final Map<String, JsonNode> localList = new LinkedHashMap<>();
    private int localListVersion;
    private final List<InstalledProfile> profiles = new ArrayList<>();
    private final Map<Integer, Integer> transactions = new HashMap<>();
    private final Map<Integer, Integer> reservations = new HashMap<>();
    private final Map<Integer, String> statuses = new HashMap<>();
    private final Map<Integer, String> availability = new HashMap<>();
    private final Map<Integer, Double> energyWh = new HashMap<>();

    private record InstalledProfile(int connector, JsonNode profile) {
        int id() {
            return profile.path("chargingProfileId").asInt();
        }

        boolean sameSlot(int otherConnector, JsonNode other) {
            return connector == otherConnector
                    && profile.path("stackLevel").asInt() == other.path("stackLevel").asInt()
                    && purpose().equals(other.path("chargingProfilePurpose").asText());
        }

        String purpose() {
            return profile.path("chargingProfilePurpose").asText();
        }
    }

    StationState(int connectors) {
        if (connectors < 1) {
            throw new IllegalArgumentException("a station has at least one connector: " + connectors);
        }
        this.connectors = connectors;
        StandardKeys.install(this, connectors);
    }

    /** The number of connectors (numbered from 1). */
    public int connectors() {
        return connectors;
    }

    /** Whether {@code connector} is 0 (the station) or one of the connectors. */
    public boolean hasConnector(int connector) {
        return connector >= 0 && connector <= connectors;
    }

    public synchronized Optional<ConfigurationKey> configuration(String key) {
        return Optional.ofNullable(configuration.get(key));
    }

    /** Every configuration key, in the order they were added. */
    public synchronized List<ConfigurationKey> configuration() {
        return List.copyOf(configuration.values());
    }

    /** Adds or replaces a configuration key. */
    public synchronized void configure(String key, String value, boolean readonly) {
        configuration.put(key, new ConfigurationKey(key, value, readonly));
    }

    public synchronized int localListVersion() {
        return localListVersion;
    }

    /** The local authorization list: idTag to idTagInfo. */
    public synchronized Map<String, JsonNode> localList() {
        return Map.copyOf(localList);
    }

    synchronized void updateLocalList(int version, boolean full, Iterable<JsonNode> entries) {
        if (full) {
            localList.clear();
        }
        for (JsonNode entry : entries) {
            String idTag = entry.path("idTag").asText();
            if (entry.has("idTagInfo")) {
                localList.put(idTag, entry.get("idTagInfo"));
            } else {
                localList.remove(idTag);
            }
        }
        localListVersion = version;
    }

    /** The charging profiles installed on {@code connector}, in the order they were set. */
    public synchronized List<JsonNode> chargingProfiles(int connector) {
        return profiles.stream().filter(p -> p.connector() == connector)
                .map(InstalledProfile::profile).toList();
    }

    /** The charging profile set last on {@code connector}, if it is still installed. */
    public synchronized Optional<JsonNode> lastChargingProfile(int connector) {
        List<JsonNode> installed = chargingProfiles(connector);
        return installed.isEmpty() ? Optional.empty() : Optional.of(installed.getLast());
    }

    /** The limit of the first period of {@link #lastChargingProfile}, in its schedule's unit. */
    public OptionalDouble lastLimit(int connector) {
        return lastChargingProfile(connector)
                .map(p -> p.path("chargingSchedule").path("chargingSchedulePeriod").path(0).path("limit"))
                .filter(JsonNode::isNumber)
                .map(limit -> OptionalDouble.of(limit.asDouble()))
                .orElse(OptionalDouble.empty());
    }

    /** Installs a profile, replacing one with the same id, or the same stack level and purpose. */
    synchronized void installProfile(int connector, JsonNode profile) {
        InstalledProfile installed = new InstalledProfile(connector, profile);
        profiles.removeIf(p -> p.id() == installed.id() || p.sameSlot(connector, profile));
        profiles.add(installed);
    }

    /**
     * Removes the profile with {@code id}, or else those matching every criterion given.
     *
     * @return whether any was removed
     */
    synchronized boolean clearProfiles(OptionalInt id, OptionalInt connector, Optional<String> purpose,
            OptionalInt stackLevel) {
        if (id.isPresent()) {
            return profiles.removeIf(p -> p.id() == id.getAsInt());
        }
        return profiles.removeIf(p -> (connector.isEmpty() || p.connector() == connector.getAsInt())
                && purpose.map(p.purpose()::equals).orElse(true)
                && (stackLevel.isEmpty()
                        || p.profile().path("stackLevel").asInt() == stackLevel.getAsInt()));
    }

    /** The transaction running on {@code connector}, if any. */
    public synchronized OptionalInt transaction(int connector) {
        Integer id = transactions.get(connector);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The connector where transaction {@code transactionId} runs, if it does. */
    public synchronized OptionalInt connectorOf(int transactionId) {
        return transactions.entrySet().stream().filter(e -> e.getValue() == transactionId)
                .mapToInt(Map.Entry::getKey).findFirst();
    }

    synchronized void transactionStarted(int connector, int transactionId) {
        transactions.put(connector, transactionId);
    }

    synchronized void transactionStopped(int transactionId) {
        transactions.values().remove(transactionId);
    }

    /** The status last sent in a StatusNotification for {@code connector}; Available at first. */
    public synchronized String status(int connector) {
        return statuses.getOrDefault(connector, "Available");
    }

    synchronized void status(int connector, String status) {
        statuses.put(connector, status);
    }

    /** Operative or Inoperative, as the central system last set it. */
    public synchronized String availability(int connector) {
        return availability.getOrDefault(connector, "Operative");
    }

    /** Sets availability; Scheduled when a transaction runs on a connector to become Inoperative. */
    synchronized String changeAvailability(int connector, String type) {
        boolean busy = connector == 0 ? !transactions.isEmpty() : transactions.containsKey(connector);
        int last = connector == 0 ? connectors : connector;
        for (int c = connector; c <= last; c++) {
            availability.put(c, type);
        }
        return busy && "Inoperative".equals(type) ? "Scheduled" : "Accepted";
    }

    /** Reserves a connector: Accepted, or Occupied when a transaction runs on it. */
    synchronized String reserve(int reservationId, int connector) {
        if (transactions.containsKey(connector)) {
            return "Occupied";
        }
        reservations.put(reservationId, connector);
        return "Accepted";
    }

    synchronized boolean cancelReservation(int reservationId) {
        return reservations.remove(reservationId) != null;
    }

    /** The energy register of {@code connector} in Wh, as last sent. */
    public synchronized double energyWh(int connector) {
        return energyWh.getOrDefault(connector, 0.0);
    }

    synchronized void energyWh(int connector, double wh) {
        energyWh.put(connector, wh);
    }
}
