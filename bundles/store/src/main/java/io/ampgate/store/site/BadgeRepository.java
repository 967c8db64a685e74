package io.ampgate.store.site;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The badges of the site. Changing or removing a badge moves every card list that holds it to a
 * new version.
 */
@ProviderType
public interface BadgeRepository {

    /**
     * Adds a badge (id 0) or replaces the stored one with the same id, windows and scopes included.
     *
     * @param badge the badge
     * @return the badge as stored, with its id and creation time (the creation time of a stored
     *     badge never changes)
     * @throws IllegalArgumentException if its UID is already used by another badge (whatever the
     *     case), its id is unknown, or it refers to a charge user, station, zone or connector that
     *     does not exist
     */
    Badge save(Badge badge);

    /**
     * Adds many new badges in one transaction: all or none.
     *
     * @param badges new badges (id 0)
     * @return the badges as stored, in the same order
     */
    List<Badge> addAll(List<Badge> badges);

    /**
     * One badge.
     *
     * @param id its id
     * @return the badge, or empty
     */
    Optional<Badge> find(long id);

    /**
     * The badge with a UID, compared regardless of case as OCPP compares idTags (an indexed look-up).
     *
     * @param uid the UID
     * @return the badge, or empty
     */
    Optional<Badge> findByUid(String uid);

    /**
     * A page of badges, by UID.
     *
     * @param offset how many to skip, {@code >= 0}
     * @param limit the most to return, {@code >= 1}
     * @return the badges
     */
    List<Badge> list(int offset, int limit);

    /**
     * The badges of one charge user, by UID.
     *
     * @param chargeUserId the charge user
     * @return the badges
     */
    List<Badge> listByChargeUser(long chargeUserId);

    /**
     * How many badges there are.
     *
     * @return the count
     */
    long count();

    /**
     * Records that a badge started a session: its last use and one more session.
     *
     * @param id the badge
     * @param at when
     * @return {@code false} if there is no such badge
     */
    boolean recordUse(long id, Instant at);

    /**
     * Changes a limited badge's remaining credit by {@code deltaWh} (negative: energy charged),
     * atomically; an unlimited badge is left alone.
     *
     * @param id the badge
     * @param deltaWh the change in Wh
     * @return the remaining credit, or empty if there is no such badge or its credit is unlimited
     */
    Optional<Long> addCredit(long id, long deltaWh);

    /**
     * Applies the automatic recharges that are due: every limited badge with a recharge whose last
     * recharge (or, if never recharged, whose creation) is at least its period ago gets its
     * recharge amount, up to its maximum (a credit already above the maximum is left as it is), and
     * {@code now} as its last recharge. One recharge per badge per call.
     *
     * @param now the current time
     * @return how many badges were recharged
     */
    int applyDueRecharges(Instant now);

    /**
     * Removes a badge.
     *
     * @param id the badge
     * @return {@code false} if there was no such badge
     */
    boolean delete(long id);
}
