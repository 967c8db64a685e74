package io.ampgate.store.jdbc.event;

import io.ampgate.store.jdbc.Jdbc;
import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import io.ampgate.store.event.Event;
import io.ampgate.store.event.EventFilter;
import io.ampgate.store.event.EventRepository;
import io.ampgate.store.event.EventSource;
import io.ampgate.store.event.Severity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Events and alerts in table {@code site_event}. */
@Component(service = EventRepository.class)
public final class JdbcEventRepository implements EventRepository {
    private static final String SELECT = "SELECT id, occurred_at, source_kind, source_id, severity, event_code, message,"
            + " acknowledged_at, acknowledged_by FROM site_event";

    private final Database db;

    /**
     * A repository on a database.
     *
     * @param db the site's database, migrated
     */
    @Activate
    public JdbcEventRepository(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Event add(Instant time, EventSource source, String sourceId, Severity severity, String code, String message) {
        String text = message != null && message.length() > Event.MAX_MESSAGE
                ? message.substring(0, Event.MAX_MESSAGE - 1) + "\u2026" : message;
        Event event = new Event(1, time, source, sourceId, severity, code, text, null, null); // checks the fields
        try {
            return db.inTransaction(c -> insert(c, event));
        } catch (SQLException e) {
            throw new StoreException("could not record event " + code + " of " + source + " " + sourceId + ": "
                    + e.getMessage(), e);
        }
    }

    private static Event insert(Connection c, Event e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO site_event"
                + " (occurred_at, source_kind, source_id, severity, event_code, message) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Jdbc.setAll(ps, List.of(e.time(), e.source().name(), e.sourceId(), e.severity().name(), e.code(), e.message()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new event");
                }
                return new Event(keys.getLong(1), e.time(), e.source(), e.sourceId(), e.severity(), e.code(), e.message(),
                        null, null);
            }
        }
    }

    @Override
    public Optional<Event> find(long id) {
        try (Connection c = db.connection()) {
            return byId(c, id);
        } catch (SQLException e) {
            throw new StoreException("could not read event " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Event> list(EventFilter filter, int offset, int limit) {
        Jdbc.checkPage(offset, limit);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE occurred_at >= ? AND occurred_at < ?");
        params.add(filter.from());
        params.add(filter.to());
        if (filter.source() != null) {
            sql.append(" AND source_kind = ?");
            params.add(filter.source().name());
        }
        if (filter.sourceId() != null) {
            sql.append(" AND source_id = ?");
            params.add(filter.sourceId());
        }
        if (filter.atLeast() != null) {
            sql.append(severities(filter.atLeast()));
        }
        if (filter.unacknowledgedOnly()) {
            sql.append(" AND acknowledged_at IS NULL");
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        params.add(offset);
        params.add(limit);
        try (Connection c = db.connection()) {
            return many(c, sql.toString(), params);
        } catch (SQLException e) {
            throw new StoreException("could not list events: " + e.getMessage(), e);
        }
    }

    /** A condition on the severity; the names are the enum's own, never user input. */
    private static String severities(Severity atLeast) {
        return Arrays.stream(Severity.values()).filter(s -> s.isAtLeast(atLeast)).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", " AND severity IN (", ")"));
    }

    @Override
    public long countUnacknowledged(Severity atLeast) {
        if (atLeast == null) {
            throw new IllegalArgumentException("atLeast is required");
        }
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM site_event WHERE acknowledged_at IS NULL"
                     + severities(atLeast))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("could not count the unacknowledged events: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Event> acknowledge(long id, String by, Instant at) {
        if (by == null || by.isBlank() || by.length() > 200) {
            throw new IllegalArgumentException("by must be a name of 1 to 200 characters, not '" + by + "'");
        }
        if (at == null) {
            throw new IllegalArgumentException("at is required");
        }
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE site_event SET acknowledged_at = ?, acknowledged_by = ?"
                    + " WHERE id = ? AND acknowledged_at IS NULL")) {
                Jdbc.setAll(ps, List.of(at.toEpochMilli(), by, id));
                ps.executeUpdate(); // 0 rows: unknown, or acknowledged before (the first acknowledgement stands)
            }
            return byId(c, id);
        } catch (SQLException e) {
            throw new StoreException("could not acknowledge event " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        if (cutoff == null) {
            throw new IllegalArgumentException("cutoff is required");
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM site_event WHERE occurred_at < ?")) {
            ps.setLong(1, cutoff.toEpochMilli());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not purge the events before " + cutoff + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Event> byId(Connection c, long id) throws SQLException {
        List<Event> found = many(c, SELECT + " WHERE id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Event> many(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<Event> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Event(rs.getLong("id"), Jdbc.getInstant(rs, "occurred_at"),
                            Jdbc.getEnum(rs, "source_kind", EventSource.class), rs.getString("source_id"),
                            Jdbc.getEnum(rs, "severity", Severity.class), rs.getString("event_code"),
                            rs.getString("message"), Jdbc.getInstant(rs, "acknowledged_at"),
                            rs.getString("acknowledged_by")));
                }
                return result;
            }
        }
    }
}
