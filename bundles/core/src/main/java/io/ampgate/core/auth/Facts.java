package io.ampgate.core.auth;

import io.ampgate.api.auth.AuthorizationRequest;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * What the rules know besides the badge: where and when it was presented, and the site's choices.
 *
 * @param request the question
 * @param zoneId the zone of the station (or of the connector), or {@code null} when unassigned
 * @param localTime the moment in the site's time zone (weekly schedules are local)
 * @param acceptUnknown whether the site accepts badges it does not know
 * @param oneSessionPerBadge whether a badge may run only one session at a time
 * @param otherRunningSessions how many sessions the badge runs elsewhere (not on this connector)
 * @param cacheFor how long a station may cache an answer at most
 * @param inStationList whether the badge is in the custom card list assigned to the station, or
 *     {@code null} when the station uses the site's default list (every badge)
 */
record Facts(AuthorizationRequest request, String zoneId, ZonedDateTime localTime, boolean acceptUnknown,
        boolean oneSessionPerBadge, int otherRunningSessions, Duration cacheFor,
        Boolean inStationList) {
}
