package io.ampgate.store.site;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Card lists, their members and versions, and which list (and version) each station holds.
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
     * @throws IllegalArgumentException if a station still holds it
     */
    boolean delete(long id);

    /**
     * Records which list, and which version of it, a station holds now.
     *
     * @param held the station, list and version
     * @throws IllegalArgumentException if the station or the list does not exist
     */
    void recordHeld(HeldCardList held);

    /**
     * Records that a station holds no list of ours (it is back to the default: every badge).
     *
     * @param stationId the station
     * @return {@code false} if it held none
     */
    boolean clearHeld(String stationId);

    /**
     * The list a station holds.
     *
     * @param stationId the station
     * @return what it holds, or empty if it holds no list of ours
     */
    Optional<HeldCardList> held(String stationId);

    /**
     * The stations that hold an older version of their list than the current one, by station id.
     *
     * @return what each of them holds
     */
    List<HeldCardList> outdated();
}
