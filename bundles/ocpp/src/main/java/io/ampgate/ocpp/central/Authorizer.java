package io.ampgate.ocpp.central;

import io.ampgate.ocpp.message.AuthorizationStatus;
import io.ampgate.ocpp.message.IdTagInfo;
import io.ampgate.store.site.Badge;
import io.ampgate.store.site.BadgeRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The minimal badge policy of the central system until the core decides authorization (the
 * sessions issue): a badge must be known (an indexed look-up, whatever the case), not blocked and
 * within its validity. Weekly windows, scopes and credit are not checked here yet.
 */
final class Authorizer {

    private final BadgeRepository badges;

    Authorizer(BadgeRepository badges) {
        this.badges = badges;
    }

    /** The answer for an idTag at a time, and the badge when it is known. */
    Decision check(String idTag, Instant now) {
        Optional<Badge> found = badges.findByUid(idTag);
        if (found.isEmpty()) {
            return new Decision(new IdTagInfo(null, null, AuthorizationStatus.INVALID), null);
        }
        Badge badge = found.get();
        String parent = badge.parentCode().isEmpty() ? null : badge.parentCode();
        AuthorizationStatus status;
        if (badge.authorization() == Badge.Authorization.DENY_ALL) {
            status = AuthorizationStatus.BLOCKED;
        } else if (badge.validUntil() != null && !now.isBefore(badge.validUntil())) {
            status = AuthorizationStatus.EXPIRED;
        } else if (badge.validFrom() != null && now.isBefore(badge.validFrom())) {
            status = AuthorizationStatus.INVALID;
        } else {
            status = AuthorizationStatus.ACCEPTED;
        }
        Instant expiry = status == AuthorizationStatus.ACCEPTED ? badge.validUntil() : null;
        return new Decision(new IdTagInfo(expiry, parent, status), badge);
    }

    /** An answer and the badge it is about ({@code null} when unknown). */
    record Decision(IdTagInfo info, Badge badge) {
    }
}
