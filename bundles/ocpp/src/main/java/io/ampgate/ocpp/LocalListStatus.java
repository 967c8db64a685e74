package io.ampgate.ocpp;

import java.time.Instant;

/**
 * The local list of one station, as the status table shows it.
 *
 * @param stationId the station
 * @param online whether it is connected
 * @param list the custom card list's name, or {@link LocalLists#DEFAULT}
 * @param cardListVersion the custom card list's current version, or {@code null} for the default list
 * @param versionSent the list version it accepted last, or {@code null} if it holds nothing of ours
 * @param sentAt when, or {@code null}
 * @param versionReported the version it last reported (GetLocalListVersion), or {@code null}
 * @param reportedAt when, or {@code null}
 * @param inSync whether it holds the list it should, as far as the gateway knows (what it reported
 *     since the last push agrees, and no change waits)
 * @param pendingChanges how many entries wait to be sent
 * @param lastError the outcome of the last push or check if it failed, {@code ""} otherwise
 */
public record LocalListStatus(String stationId, boolean online, String list, Integer cardListVersion,
        Integer versionSent, Instant sentAt, Integer versionReported, Instant reportedAt, boolean inSync,
        int pendingChanges, String lastError) {

    /** Whether the version the station reported since the last push differs from the one sent. */
    public boolean mismatch() {
        return versionReported != null && (versionSent == null ? versionReported > 0 : !versionReported.equals(versionSent))
                && (sentAt == null || reportedAt == null || !reportedAt.isBefore(sentAt));
    }
}
