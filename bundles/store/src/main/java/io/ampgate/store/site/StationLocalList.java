package io.ampgate.store.site;

import java.time.Instant;

/**
 * Which local authorization list an OCPP station should hold, and what it holds as far as the
 * gateway knows. List versions count per station: each change sent to it takes the next one, so
 * an old or foreign version is recognisably a mismatch.
 *
 * @param stationId the station
 * @param cardListId the custom card list it should hold, or {@code null} for the site's default
 *     list (every valid badge)
 * @param lastVersion the last listVersion used for this station (sent, whatever the answer), 0 if none
 * @param heldVersion the listVersion it accepted last, or {@code null} if it holds nothing of ours
 * @param heldCardListId the card list of that push, or {@code null} for the default list
 * @param heldCardListVersion the card list's version that push carried, or {@code null}
 * @param heldAt when it accepted it, or {@code null}
 * @param reportedVersion the version it last reported (GetLocalListVersion), or {@code null}
 * @param reportedAt when, or {@code null}
 * @param lastResult the outcome of the last push or check, {@code ""} if none
 */
public record StationLocalList(String stationId, Long cardListId, int lastVersion, Integer heldVersion,
        Long heldCardListId, Integer heldCardListVersion, Instant heldAt, Integer reportedVersion, Instant reportedAt,
        String lastResult) {

    /** Checks and normalises the fields. */
    public StationLocalList {
        stationId = Check.id(stationId, "stationId");
        Check.nonNegative(lastVersion, "lastVersion");
        heldAt = Check.millis(heldAt);
        reportedAt = Check.millis(reportedAt);
        lastResult = Check.text(lastResult, "lastResult", 500);
    }

    /**
     * A station the gateway never sent a list to: default list, nothing held.
     *
     * @param stationId the station
     * @return the state
     */
    public static StationLocalList none(String stationId) {
        return new StationLocalList(stationId, null, 0, null, null, null, null, null, null, "");
    }
}
