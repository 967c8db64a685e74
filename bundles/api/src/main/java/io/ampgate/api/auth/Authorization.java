package io.ampgate.api.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer of the {@link Authorizer}.
 *
 * @param status the verdict
 * @param reason why, for the operator's log (e.g. "outside its weekly schedule"); {@code ""} when
 *     accepted without remark
 * @param parentIdTag the badge's parent code (badges with the same one may stop each other's
 *     sessions), or {@code null}
 * @param expiry until when a station may keep this answer in its cache, or {@code null} for no
 *     advice
 * @param holder the badge holder's name, or {@code ""} when unknown
 */
public record Authorization(AuthorizationStatus status, String reason, String parentIdTag, Instant expiry,
        String holder) {

    /**
     * Checks and normalises the fields.
     *
     * @throws NullPointerException if {@code status} is {@code null}
     */
    public Authorization {
        Objects.requireNonNull(status, "status");
        reason = Objects.requireNonNullElse(reason, "");
        holder = Objects.requireNonNullElse(holder, "");
        parentIdTag = parentIdTag == null || parentIdTag.isBlank() ? null : parentIdTag;
    }
}
