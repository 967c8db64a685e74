package io.ampgate.store.jdbc.event;

import io.ampgate.store.jdbc.Jdbc;
import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import io.ampgate.store.event.Direction;
import io.ampgate.store.event.MessageType;
import io.ampgate.store.event.OcppFrame;
import io.ampgate.store.event.OcppLogRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The OCPP message log in table {@code ocpp_message}. Ids grow in append order, so a station's
 * newest frames are those with the highest ids: keeping N frames is one look-up of the N+1-th id
 * and one range delete per station, on the index {@code (station_id, id)}.
 */
@Component(service = OcppLogRepository.class)
public final class JdbcOcppLogRepository implements OcppLogRepository {
    private static final String INSERT = "INSERT INTO ocpp_message (logged_at, station_id, direction, message_type,"
            + " ocpp_action, message_id, payload, error_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    /**
     * A repository on a database.
     *
     * @param db the site's database, migrated
     */
    @Activate
    public JdbcOcppLogRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public void append(OcppFrame frame) {
        Objects.requireNonNull(frame, "frame");
        try {
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    bind(ps, frame);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not log an OCPP frame of " + frame.stationId() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void appendAll(List<OcppFrame> frames) {
        Objects.requireNonNull(frames, "frames");
        if (frames.isEmpty()) {
            return;
        }
        try {
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    for (OcppFrame frame : frames) {
                        bind(ps, Objects.requireNonNull(frame, "a frame"));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("could not log " + frames.size() + " OCPP frames: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, OcppFrame f) throws SQLException {
        ps.setLong(1, f.time().toEpochMilli());
        ps.setString(2, f.stationId());
        ps.setString(3, f.direction().name());
        ps.setString(4, f.type().name());
        ps.setString(5, f.action());
        ps.setString(6, f.messageId());
        ps.setString(7, f.payload()); // a long text: setString(null) is NULL for it on both databases
        ps.setString(8, f.errorCode());
    }

    @Override
    public List<OcppFrame> list(String stationId, Instant from, Instant to, int offset, int limit) {
        if (stationId == null || stationId.isBlank()) {
            throw new IllegalArgumentException("stationId is required");
        }
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("from and to are required, to after from: " + from + ", " + to);
        }
        Jdbc.checkPage(offset, limit);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT logged_at, station_id,"
                + " direction, message_type, ocpp_action, message_id, payload, error_code FROM ocpp_message"
                + " WHERE station_id = ? AND logged_at >= ? AND logged_at < ?"
                + " ORDER BY logged_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            Jdbc.setAll(ps, List.of(stationId, from.toEpochMilli(), to.toEpochMilli(), offset, limit));
            try (ResultSet rs = ps.executeQuery()) {
                List<OcppFrame> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new OcppFrame(Jdbc.getInstant(rs, "logged_at"), rs.getString("station_id"),
                            Jdbc.getEnum(rs, "direction", Direction.class), Jdbc.getEnum(rs, "message_type", MessageType.class),
                            rs.getString("ocpp_action"), rs.getString("message_id"), rs.getString("payload"),
                            rs.getString("error_code")));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new StoreException("could not list the OCPP frames of " + stationId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        if (cutoff == null) {
            throw new IllegalArgumentException("cutoff is required");
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM ocpp_message WHERE logged_at < ?")) {
            ps.setLong(1, cutoff.toEpochMilli());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not purge the OCPP frames before " + cutoff + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int keepNewest(int perStation) {
        if (perStation < 0) {
            throw new IllegalArgumentException("perStation must not be negative: " + perStation);
        }
        try (Connection c = db.connection()) {
            List<String> over = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT station_id FROM ocpp_message GROUP BY station_id HAVING COUNT(*) > ?")) {
                ps.setInt(1, perStation);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        over.add(rs.getString(1));
                    }
                }
            }
            int deleted = 0;
            for (String station : over) {
                deleted += trim(c, station, perStation);
            }
            return deleted;
        } catch (SQLException e) {
            throw new StoreException("could not trim the OCPP message log to " + perStation + " frames per station: "
                    + e.getMessage(), e);
        }
    }

    /** Deletes a station's frames from its (keep+1)-th newest down, in one statement. */
    private static int trim(Connection c, String station, int keep) throws SQLException {
        long threshold;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ocpp_message WHERE station_id = ?"
                + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
            ps.setString(1, station);
            ps.setInt(2, keep);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                threshold = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ocpp_message WHERE station_id = ? AND id <= ?")) {
            ps.setString(1, station);
            ps.setLong(2, threshold);
            return ps.executeUpdate();
        }
    }
}
