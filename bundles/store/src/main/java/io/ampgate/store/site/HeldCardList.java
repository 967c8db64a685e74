package io.ampgate.store.site;

/**
 * The card list a station holds, as last sent to it or reported by it.
 *
 * @param stationId the station
 * @param cardListId the card list
 * @param version the version the station holds, {@code >= 0}
 */
public record HeldCardList(String stationId, long cardListId, int version) {

    /** Checks the fields. */
    public HeldCardList {
        stationId = Check.id(stationId, "stationId");
        if (cardListId < 1) {
            throw new IllegalArgumentException("cardListId must be >= 1, not " + cardListId);
        }
        Check.nonNegative(version, "version");
    }
}
