package io.ampgate.store.site;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An RFID badge (card, tag) that starts charging sessions. Text fields are {@code ""} when not
 * set ({@code null} becomes {@code ""}).
 *
 * @param id the store's id, 0 for a badge not stored yet
 * @param uid the UID (OCPP idTag) as read, 1 to 36 characters without spaces; unique regardless of
 *     case, as OCPP compares idTags
 * @param holder the holder's name, at most 100 characters
 * @param phone the holder's phone, at most 40 characters
 * @param email the holder's email, at most 200 characters
 * @param chargeUserId the {@link ChargeUser} it belongs to, or {@code null}
 * @param parentCode the OCPP parent idTag: badges with the same one may stop each other's sessions
 * @param description free text, at most 500 characters
 * @param authorization whether it may charge always, never or by {@code windows}
 * @param windows the weekly windows of {@link Authorization#SCHEDULE}, kept in week order
 * @param validFrom the first moment it may charge, or {@code null} for no start
 * @param validUntil the moment it expires, or {@code null} for never; after {@code validFrom}
 * @param stations the stations where it may charge
 * @param zones the zones where it may charge
 * @param connectors the connectors where it may charge
 * @param credit its energy credit
 * @param vip whether its sessions have priority when power is short
 * @param created when it was added (set by the store when {@code null})
 * @param lastUsed when it last started a session, or {@code null}
 * @param sessionCount how many sessions it started, {@code >= 0}
 */
public record Badge(long id, String uid, String holder, String phone, String email, Long chargeUserId,
        String parentCode, String description, Authorization authorization, List<WeeklyWindow> windows,
        Instant validFrom, Instant validUntil, Scope<String> stations, Scope<String> zones,
        Scope<ConnectorRef> connectors, EnergyCredit credit, boolean vip, Instant created, Instant lastUsed,
        long sessionCount) {

    /** Whether a badge may charge. */
    public enum Authorization {
        /** At any time. */
        ALLOW_ALL,
        /** Never (blocked). */
        DENY_ALL,
        /** Only inside its weekly windows. */
        SCHEDULE
    }

    /** Checks and normalises the fields. */
    public Badge {
        Check.nonNegative(id, "id");
        uid = Check.required(uid, "uid", 36);
        if (uid.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("uid '" + uid + "' contains spaces");
        }
        holder = Check.text(holder, "holder", 100);
        phone = Check.text(phone, "phone", 40);
        email = Check.text(email, "email", 200);
        parentCode = Check.text(parentCode, "parentCode", 36);
        description = Check.text(description, "description", 500);
        Check.notNull(authorization, "authorization");
        windows = Check.list(windows, "windows").stream().sorted(java.util.Comparator.comparing(WeeklyWindow::day)
                .thenComparing(WeeklyWindow::from).thenComparing(w -> WeeklyWindow.endSecond(w.to()))).toList();
        validFrom = Check.millis(validFrom);
        validUntil = Check.millis(validUntil);
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("badge " + uid + ": validUntil must be after validFrom");
        }
        Check.notNull(stations, "stations");
        Check.notNull(zones, "zones");
        Check.notNull(connectors, "connectors");
        Check.notNull(credit, "credit");
        created = Check.millis(created);
        lastUsed = Check.millis(lastUsed);
        Check.nonNegative(sessionCount, "sessionCount");
    }

    /**
     * A new badge that may charge anywhere, at any time, without credit limit.
     *
     * @param uid the UID
     * @param holder the holder's name
     * @return the badge, not stored yet
     */
    public static Badge of(String uid, String holder) {
        return new Badge(0, uid, holder, "", "", null, "", "", Authorization.ALLOW_ALL, List.of(), null, null,
                Scope.everything(), Scope.everything(), Scope.everything(), EnergyCredit.unlimitedCredit(), false,
                null, null, 0);
    }

    /**
     * The key under which UIDs are unique and looked up: the UID in upper case.
     *
     * @param uid a UID
     * @return its key
     */
    public static String uidKey(String uid) {
        return uid.toUpperCase(Locale.ROOT);
    }

    /**
     * A copy with another id (the store sets it when it adds the badge).
     *
     * @param newId the id
     * @return the copy
     */
    public Badge withId(long newId) {
        return new Badge(newId, uid, holder, phone, email, chargeUserId, parentCode, description, authorization, windows,
                validFrom, validUntil, stations, zones, connectors, credit, vip, created, lastUsed, sessionCount);
    }
}
