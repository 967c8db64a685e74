package io.ampgate.ocpp.message;

import java.time.Instant;

/**
 * What the central system knows of an id tag: its status, until when it holds, and the group
 * (parent id tag) it belongs to.
 */
public record IdTagInfo(Instant expiryDate, String parentIdTag, AuthorizationStatus status) {
    public IdTagInfo {
        Fields.required(status, "status");
    }

    /** The verdict alone, without expiry or parent. */
    public IdTagInfo(AuthorizationStatus status) {
        this(null, null, status);
    }
}
