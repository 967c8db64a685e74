package io.ampgate.store.jdbc.session;

import io.ampgate.store.site.Badge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Charges a session's energy to its badge's credit. The session row remembers how much was charged
 * ({@code credit_charged_wh}); only the energy beyond that is taken from the badge, so the same
 * energy reported twice charges nothing more. Runs inside the caller's transaction.
 */
final class CreditCharges {

    private CreditCharges() {
    }

    /** The badge's remaining credit after charging, or empty: no session, no badge, or unlimited. */
    static Optional<Long> charge(Connection c, long sessionId, long energyWh) throws SQLException {
        // an update first, so that a second charge of the same session waits for this one
        if (update(c, "UPDATE charge_session SET credit_charged_wh = credit_charged_wh WHERE id = ?", sessionId) == 0) {
            return Optional.empty();
        }
        String badgeUid;
        long charged;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT badge_uid, credit_charged_wh FROM charge_session WHERE id = ?")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                badgeUid = rs.getString(1);
                charged = rs.getLong(2);
            }
        }
        if (badgeUid.isEmpty()) {
            return Optional.empty();
        }
        long badgeId;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, credit_unlimited FROM badge WHERE uid_key = ?")) {
            ps.setString(1, Badge.uidKey(badgeUid));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getBoolean(2)) {
                    return Optional.empty();
                }
                badgeId = rs.getLong(1);
            }
        }
        long due = energyWh - charged;
        if (due > 0) {
            update(c, "UPDATE charge_session SET credit_charged_wh = ? WHERE id = ?", energyWh, sessionId);
            update(c, "UPDATE badge SET credit_wh = credit_wh - ? WHERE id = ?", due, badgeId);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT credit_wh FROM badge WHERE id = ?")) {
            ps.setLong(1, badgeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Optional.of(rs.getLong(1));
            }
        }
    }

    private static int update(Connection c, String sql, long... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setLong(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }
}
