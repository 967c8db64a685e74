package io.ampgate.store.site;

import io.ampgate.api.auth.AuthorizationStatus;
import java.time.Instant;

/**
 * One entry of an OCPP local authorization list: a badge's idTag and what a station may decide
 * about it without asking.
 *
 * @param idTag the badge's UID, 1 to 36 characters
 * @param status the answer the station gives on its own
 * @param expiry when the entry expires, or {@code null} for never (kept to the millisecond)
 * @param parentIdTag the parent idTag, or {@code null} (blank becomes {@code null})
 */
public record LocalListEntry(String idTag, AuthorizationStatus status, Instant expiry, String parentIdTag) {

    /** Checks and normalises the fields. */
    public LocalListEntry {
        idTag = Check.required(idTag, "idTag", 36);
        Check.notNull(status, "status");
        expiry = Check.millis(expiry);
        parentIdTag = parentIdTag == null || parentIdTag.isBlank() ? null : Check.required(parentIdTag, "parentIdTag", 36);
    }
}
