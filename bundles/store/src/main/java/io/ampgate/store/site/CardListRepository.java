package io.ampgate.store.site;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Card lists, their members and versions; which list each OCPP station should hold, and what it
 * holds (versions and entries) as far as the gateway knows.
 */
@ProviderType
public interface CardListRepository {

    /**
     * Adds a list (id 0, version 1) or replaces the stored one with the same id, moving it to the
     * next version. The version in {@code list} is ignored.
     *
     * @param list the list
     * @return the list as stored
     * @throws IllegalArgumentException if the name is already used, the id is unknown or a member
     *     badge does not exist
     */
    CardList save(CardList list);

    /**
     * One list.
     *
     * @param id the id
     * @return the list, or empty
     */
    Optional<CardList> find(long id);

    /**
     * Every list, by name.
     *
     * @return the lists
     */
    List<CardList> list();

    /**
     * Adds a badge to a list; the list moves to the next version if the badge was not in it.
     *
     * @param listId the list
     * @param badgeId the badge
     * @return the list's version now
     * @throws IllegalArgumentException if the list or the badge does not exist
     */
    int addMember(long listId, long badgeId);

    /**
     * Removes a badge from a list; the list moves to the next version if the badge was in it.
     *
     * @param listId the list
     * @param badgeId the badge
     * @return the list's version now
     * @throws IllegalArgumentException if the list does not exist
     */
    int removeMember(long listId, long badgeId);

    /**
     * Removes a list.
     *
     * @param id the list
     * @return {@code false} if there was no such list
     * @throws IllegalArgumentException if a station is still assigned it
     */
    boolean delete(long id);

    /**
     * Assigns a station the list it should hold.
     *
     * @param stationId the station
     * @param cardListId a custom card list, or {@code null} for the site's default list
     * @throws IllegalArgumentException if the station or the list does not exist
     */
    void assign(String stationId, Long cardListId);

    /**
     * Whether a badge is in the custom list assigned to a station (an indexed look-up, made for
     * each authorization).
     *
     * @param stationId the station
     * @param badgeId the badge
     * @return empty if the station uses the default list, else whether the badge is a member
     */
    Optional<Boolean> inAssignedList(String stationId, long badgeId);

    /**
     * The local list of a station.
     *
     * @param stationId the station
     * @return its state ({@link StationLocalList#none} if nothing was recorded yet)
     */
    StationLocalList stationList(String stationId);

    /**
     * Every station's local list state that was recorded, by station id.
     *
     * @return the states
     */
    List<StationLocalList> stationLists();

    /**
     * The entries a station holds as far as the gateway knows, by idTag.
     *
     * @param stationId the station
     * @return the entries, empty if it holds nothing of ours
     */
    List<LocalListEntry> heldEntries(String stationId);

    /**
     * Takes the next listVersion of a station; a version is never handed out twice per station.
     *
     * @param stationId the station
     * @return the version, {@code >= 1}
     * @throws IllegalArgumentException if the station does not exist
     */
    int nextVersion(String stationId);

    /**
     * Records that a station accepted a SendLocalList.
     *
     * @param stationId the station
     * @param listVersion the listVersion it accepted
     * @param cardListId the card list sent, or {@code null} for the default list
     * @param cardListVersion that card list's version, or {@code null}
     * @param full whether it was a Full update (the station's entries are replaced)
     * @param upserted entries added or changed
     * @param removed idTags removed (of a differential)
     * @param at when
     */
    void recordAccepted(String stationId, int listVersion, Long cardListId, Integer cardListVersion, boolean full,
            List<LocalListEntry> upserted, java.util.Collection<String> removed, java.time.Instant at);

    /**
     * Records that a station holds nothing of ours (it lost its list, or reports another one).
     *
     * @param stationId the station
     */
    void forgetHeld(String stationId);

    /**
     * Records the version a station reported through GetLocalListVersion.
     *
     * @param stationId the station
     * @param version the version
     * @param at when
     */
    void recordReported(String stationId, int version, java.time.Instant at);

    /**
     * Records the outcome of the last push or check (cut to 500 characters).
     *
     * @param stationId the station
     * @param result the outcome, {@code ""} for success
     */
    void recordResult(String stationId, String result);
}
