package io.ampgate.store.jdbc.measurement;

import io.ampgate.store.StoreException;
import io.ampgate.store.db.Database;
import io.ampgate.store.db.Dialect;
import io.ampgate.store.measurement.MeasurementRepository;
import io.ampgate.store.measurement.Resolution;
import io.ampgate.store.measurement.Retention;
import io.ampgate.store.measurement.Rollup;
import io.ampgate.store.measurement.Sample;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Measurements on JDBC: samples inserted in batches of {@value #BATCH}, read along their key. */
@Component(service = MeasurementRepository.class)
public final class JdbcMeasurementRepository implements MeasurementRepository {
    static final int BATCH = 1000;
    private static final String DUPLICATE_KEY = "23505";

    private final Database db;
    private final Set<String> knownMeters = ConcurrentHashMap.newKeySet();

    @Activate
    public JdbcMeasurementRepository(@Reference Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public int write(List<Sample> samples) {
        Map<String, Sample> unique = new LinkedHashMap<>();
        for (Sample s : samples) {
            unique.putIfAbsent(s.meterId() + '\n' + s.at().toEpochMilli(), s);
        }
        if (unique.isEmpty()) {
            return 0;
        }
        Set<String> meters = new TreeSet<>();
        unique.values().forEach(s -> meters.add(s.meterId()));
        try {
            int stored = db.inTransaction(c -> {
                registerMeters(c, meters);
                return insert(c, unique.values());
            });
            knownMeters.addAll(meters);
            return stored;
        } catch (SQLException e) {
            if (!isDuplicateKey(e)) {
                throw new StoreException("could not store " + unique.size() + " samples: " + e.getMessage(), e);
            }
        }
        // some are stored already (a rare case, e.g. a reading written again after a restart): leave those out
        try {
            int stored = db.inTransaction(c -> {
                registerMeters(c, meters);
                return insert(c, withoutStored(c, unique.values()));
            });
            knownMeters.addAll(meters);
            return stored;
        } catch (SQLException e) {
            throw new StoreException("could not store " + unique.size() + " samples: " + e.getMessage(), e);
        }
    }

    private static int insert(Connection c, Collection<Sample> samples) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Columns.INSERT_SAMPLE)) {
            int pending = 0;
            for (Sample s : samples) {
                Columns.bind(ps, s);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        return samples.size();
    }

    private static List<Sample> withoutStored(Connection c, Collection<Sample> samples) throws SQLException {
        Map<String, long[]> ranges = new LinkedHashMap<>();
        for (Sample s : samples) {
            long at = s.at().toEpochMilli();
            ranges.merge(s.meterId(), new long[] {at, at}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Set<String> stored = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sampled_at FROM measurement_sample WHERE meter_id = ? AND sampled_at >= ? AND sampled_at <= ?")) {
            for (Map.Entry<String, long[]> range : ranges.entrySet()) {
                ps.setString(1, range.getKey());
                ps.setLong(2, range.getValue()[0]);
                ps.setLong(3, range.getValue()[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(range.getKey() + '\n' + rs.getLong(1));
                    }
                }
            }
        }
        return samples.stream().filter(s -> !stored.contains(s.meterId() + '\n' + s.at().toEpochMilli())).toList();
    }

    private void registerMeters(Connection c, Set<String> meters) throws SQLException {
        for (String meter : meters) {
            if (knownMeters.contains(meter)) {
                continue;
            }
            try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM measurement_meter WHERE meter_id = ?")) {
                find.setString(1, meter);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
            }
            try (PreparedStatement add = c.prepareStatement("INSERT INTO measurement_meter (meter_id) VALUES (?)")) {
                add.setString(1, meter);
                add.executeUpdate();
            }
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
                if (DUPLICATE_KEY.equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<Sample> samples(String meterId, Instant from, Instant to) {
        return query("SELECT " + Columns.SAMPLE + " FROM measurement_sample WHERE meter_id = ?"
                + " AND sampled_at >= ? AND sampled_at < ? ORDER BY sampled_at", Columns::sample, meterId, null, from, to);
    }

    @Override
    public List<Rollup> rollups(String meterId, Resolution resolution, Instant from, Instant to) {
        Objects.requireNonNull(resolution, "resolution");
        return query("SELECT " + Columns.ROLLUP + " FROM measurement_rollup WHERE meter_id = ? AND resolution = ?"
                + " AND bucket_start >= ? AND bucket_start < ? ORDER BY bucket_start", Columns::rollup, meterId, resolution, from, to);
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, String meterId, Resolution resolution, Instant from, Instant to) {
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        try (Connection c = db.connection()) {
            if (db.dialect() == Dialect.DERBY) {
                // Rows are only appended and deleted, never updated: a read without row locks can at worst
                // see part of a batch before its commit, harmless for a chart. In Derby that saves about a
                // fifth of the read's CPU; PostgreSQL never locks rows to read. The pool restores the level.
                c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            }
            return query(c, sql, row, meterId, resolution, from, to);
        } catch (SQLException e) {
            throw new StoreException("could not read the measurements of meter " + meterId + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> query(Connection c, String sql, Row<T> row, String meterId, Resolution resolution,
            Instant from, Instant to) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            int i = 1;
            ps.setString(i++, meterId);
            if (resolution != null) {
                ps.setString(i++, resolution.name());
            }
            ps.setLong(i++, from.toEpochMilli());
            ps.setLong(i, to.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
        }
        return result;
    }

    @Override
    public int rollUp(Instant upTo, ZoneId zone) {
        Objects.requireNonNull(upTo, "upTo");
        Objects.requireNonNull(zone, "zone");
        int written = 0;
        for (Resolution resolution : Resolution.values()) {
            try {
                written += db.inTransaction(c -> Roller.rollUp(c, resolution, upTo, zone));
            } catch (SQLException e) {
                throw new StoreException("could not roll up measurements by " + resolution + ": " + e.getMessage(), e);
            }
        }
        return written;
    }

    @Override
    public int purge(Retention retention, Instant now) {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(now, "now");
        try {
            return db.inTransaction(c -> {
                int deleted = 0;
                List<String> meters = meters(c);
                long rawCutoff = cutoff(retention.raw(), now);
                for (Resolution r : Resolution.values()) {
                    Long mark = Roller.watermark(c, r);
                    rawCutoff = Math.min(rawCutoff, mark == null ? Long.MIN_VALUE : mark); // not rolled up yet: keep
                }
                deleted += delete(c, "DELETE FROM measurement_sample WHERE meter_id = ? AND sampled_at < ?", meters, null, rawCutoff);
                for (Resolution r : Resolution.values()) {
                    deleted += delete(c, "DELETE FROM measurement_rollup WHERE meter_id = ? AND resolution = ? AND bucket_start < ?",
                            meters, r, cutoff(retention.of(r), now));
                }
                return deleted;
            });
        } catch (SQLException e) {
            throw new StoreException("could not purge old measurements: " + e.getMessage(), e);
        }
    }

    /** Epoch ms before which rows are older than {@code keep}; Long.MIN_VALUE when nothing is. */
    private static long cutoff(Duration keep, Instant now) {
        return keep.compareTo(Duration.between(Instant.EPOCH, now)) >= 0 ? Long.MIN_VALUE : now.minus(keep).toEpochMilli();
    }

    private static int delete(Connection c, String sql, List<String> meters, Resolution resolution, long before)
            throws SQLException {
        if (before == Long.MIN_VALUE) {
            return 0;
        }
        int deleted = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String meter : meters) {
                int i = 1;
                ps.setString(i++, meter);
                if (resolution != null) {
                    ps.setString(i++, resolution.name());
                }
                ps.setLong(i, before);
                deleted += ps.executeUpdate();
            }
        }
        return deleted;
    }

    /** Every meter that has ever had a sample. */
    static List<String> meters(Connection c) throws SQLException {
        List<String> meters = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT meter_id FROM measurement_meter ORDER BY meter_id")) {
            while (rs.next()) {
                meters.add(rs.getString(1));
            }
        }
        return meters;
    }
}
