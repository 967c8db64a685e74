package io.ampgate.ocpp.central;

import io.ampgate.api.auth.Authorization;
import io.ampgate.api.auth.AuthorizationRequest;
import io.ampgate.ocpp.message.AuthorizationStatus;
import io.ampgate.ocpp.message.IdTagInfo;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Asks the site's {@link io.ampgate.api.auth.Authorizer} (the core) about a badge and turns the
 * answer into OCPP's IdTagInfo; for a session start it also finds the badge for the session record.
 */
final class Authorizer {

    private final io.ampgate.api.auth.Authorizer site;
    private final BadgeRepository badges;

    Authorizer(io.ampgate.api.auth.Authorizer site, BadgeRepository badges) {
        this.site = site;
        this.badges = badges;
    }

    /** The answer for an idTag presented at a connector (0: not known yet). */
    Decision check(String idTag, String stationId, int connector, AuthorizationRequest.Purpose purpose, Instant now) {
        Authorization answer = site.authorize(new AuthorizationRequest(idTag, stationId, connector, purpose, now));
        boolean start = purpose == AuthorizationRequest.Purpose.START
                || purpose == AuthorizationRequest.Purpose.REMOTE_START;
        Badge badge = start ? badges.findByUid(idTag).orElse(null) : null;
        Instant expiry = answer.expiry() == null ? null : answer.expiry().truncatedTo(ChronoUnit.SECONDS);
        return new Decision(new IdTagInfo(expiry, answer.parentIdTag(), status(answer.status())), badge, answer);
    }

    private static AuthorizationStatus status(io.ampgate.api.auth.AuthorizationStatus status) {
        return switch (status) {
            case ACCEPTED -> AuthorizationStatus.ACCEPTED;
            case BLOCKED -> AuthorizationStatus.BLOCKED;
            case EXPIRED -> AuthorizationStatus.EXPIRED;
            case INVALID -> AuthorizationStatus.INVALID;
            case CONCURRENT_TX -> AuthorizationStatus.CONCURRENT_TX;
        };
    }

    /** An answer, the site's verdict behind it, and the badge of a session start (or {@code null}). */
    record Decision(IdTagInfo info, Badge badge, Authorization verdict) {
    }
}
