package io.ampgate.ocpp;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The stations' OCPP local authorization lists, for the console and the shell. Each station holds
 * either the site's default list (every badge, as its rules allow at that station) or a custom
 * card list; the gateway sends it what changed (SendLocalList, Differential when it can, else Full)
 * on connect, periodically and on demand, and remembers which version it holds.
 */
@ProviderType
public interface LocalLists {

    /** The name that stands for the site's default list. */
    String DEFAULT = "default";

    /**
     * Assigns stations the list they should hold; the change is sent on the next sync (or
     * {@link #push}).
     *
     * @param stationIds the stations
     * @param cardListName a card list's name, or {@link #DEFAULT} (or {@code null}) for the default list
     * @throws IllegalArgumentException if a station or the list does not exist
     */
    void use(Collection<String> stationIds, String cardListName);

    /**
     * Sends a station what its list lacks, now (even after a NotSupported answer).
     *
     * @param stationId the station
     * @return the outcome
     */
    CompletionStage<LocalListResult> push(String stationId);

    /**
     * Asks a station for its list version (GetLocalListVersion) and compares it with the version
     * it accepted last; a station that holds another version is sent the list again in full.
     *
     * @param stationId the station
     * @return the outcome: in sync, mismatch, holds none, or not supported
     */
    CompletionStage<LocalListResult> check(String stationId);

    /**
     * Removes a station's custom list: it is back to the default list, sent in full.
     *
     * @param stationId the station
     * @return the outcome of the push
     */
    CompletionStage<LocalListResult> reset(String stationId);

    /**
     * The list of one station.
     *
     * @param stationId the station
     * @return its status
     * @throws IllegalArgumentException if there is no such registered OCPP station
     */
    LocalListStatus status(String stationId);

    /**
     * The lists of every registered OCPP station, by station id.
     *
     * @return their status
     */
    List<LocalListStatus> statuses();
}
