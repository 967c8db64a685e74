package io.ampgate.store.jdbc.measurement;

import io.ampgate.store.measurement.Resolution;
import io.ampgate.store.measurement.Rollup;
import io.ampgate.store.measurement.Sample;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Rolls raw samples up into one resolution, from that resolution's watermark to the last complete
 * bucket, meter by meter along the samples' key. Every resolution is computed from the raw samples
 * (a day of one-minute samples is only 1,440 rows per meter): one code path, and averages, minimums
 * and maximums that are exact whatever the samples leave out. Purging never deletes raw samples
 * that some resolution has not rolled up yet.
 */
final class Roller {
    private Roller() {}

    /** Rolls up {@code resolution} in one transaction; returns the number of roll-up rows written. */
    static int rollUp(Connection c, Resolution resolution, Instant upTo, ZoneId zone) throws SQLException {
        List<String> meters = JdbcMeasurementRepository.meters(c);
        Long mark = watermark(c, resolution);
        Instant start;
        if (mark != null) {
            start = Instant.ofEpochMilli(mark);
        } else {
            Long first = firstSample(c, meters);
            if (first == null) {
                return 0;
            }
            start = resolution.bucketStart(Instant.ofEpochMilli(first), zone);
        }
        Instant end = resolution.bucketStart(upTo, zone);
        if (!start.isBefore(end)) {
            return 0;
        }
        int written = 0;
        for (String meter : meters) {
            written += rollUp(c, meter, resolution, start, end, zone);
        }
        setWatermark(c, resolution, end.toEpochMilli(), mark != null);
        return written;
    }

    private static int rollUp(Connection c, String meter, Resolution resolution, Instant start, Instant end, ZoneId zone)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM measurement_rollup"
                + " WHERE meter_id = ? AND resolution = ? AND bucket_start >= ? AND bucket_start < ?")) {
            delete.setString(1, meter);
            delete.setString(2, resolution.name());
            delete.setLong(3, start.toEpochMilli());
            delete.setLong(4, end.toEpochMilli());
            delete.executeUpdate(); // nothing, unless the watermark was lost: then the same rows again
        }
        double[] previous = previousRegisters(c, meter, resolution, start);
        BucketAccumulator acc = previous == null ? new BucketAccumulator(meter, resolution, Double.NaN, Double.NaN)
                : new BucketAccumulator(meter, resolution, previous[0], previous[1]);
        List<Rollup> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Columns.SAMPLE + " FROM measurement_sample"
                + " WHERE meter_id = ? AND sampled_at >= ? AND sampled_at < ? ORDER BY sampled_at")) {
            ps.setFetchSize(1000);
            ps.setString(1, meter);
            ps.setLong(2, start.toEpochMilli());
            ps.setLong(3, end.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                Instant bucket = null;
                Instant next = null;
                while (rs.next()) {
                    Sample s = Columns.sample(rs);
                    if (next == null || !s.at().isBefore(next)) {
                        if (!acc.isEmpty()) {
                            rows.add(acc.finish(bucket, next));
                        }
                        bucket = resolution.bucketStart(s.at(), zone);
                        if (next != null && bucket.isBefore(next)) {
                            bucket = next; // only where a zone's offset moves by less than the bucket length
                        }
                        next = resolution.nextBucket(bucket, zone);
                    }
                    acc.add(s);
                }
                if (!acc.isEmpty()) {
                    rows.add(acc.finish(bucket, next));
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement(Columns.INSERT_ROLLUP)) {
            for (Rollup r : rows) {
                Columns.bind(insert, r);
                insert.addBatch();
            }
            if (!rows.isEmpty()) {
                insert.executeBatch();
            }
        }
        return rows.size();
    }

    /**
     * The registers at the end of the meter's latest bucket before {@code start}, or NaN. Usually that
     * bucket is just before {@code start}: look there first, and through the whole history only after
     * a long gap.
     */
    private static double[] previousRegisters(Connection c, String meter, Resolution resolution, Instant start)
            throws SQLException {
        long recent = start.minus(resolution.nominalLength().multipliedBy(32)).toEpochMilli();
        double[] found = previousRegisters(c, meter, resolution, start, recent);
        return found != null ? found : previousRegisters(c, meter, resolution, start, Long.MIN_VALUE);
    }

    private static double[] previousRegisters(Connection c, String meter, Resolution resolution, Instant start, long after)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT import_wh_end, export_wh_end FROM measurement_rollup"
                + " WHERE meter_id = ? AND resolution = ? AND bucket_start < ? AND bucket_start >= ?"
                + " ORDER BY bucket_start DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, meter);
            ps.setString(2, resolution.name());
            ps.setLong(3, start.toEpochMilli());
            ps.setLong(4, after);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new double[] {Columns.getDouble(rs, 1), Columns.getDouble(rs, 2)} : null;
            }
        }
    }

    private static Long firstSample(Connection c, List<String> meters) throws SQLException {
        Long first = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(sampled_at) FROM measurement_sample WHERE meter_id = ?")) {
            for (String meter : meters) {
                ps.setString(1, meter);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long at = rs.getLong(1);
                        if (!rs.wasNull() && (first == null || at < first)) {
                            first = at;
                        }
                    }
                }
            }
        }
        return first;
    }

    /** How far {@code resolution} is rolled up, in epoch ms; null if it never was. */
    static Long watermark(Connection c, Resolution resolution) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rolled_up_to FROM measurement_watermark WHERE resolution = ?")) {
            ps.setString(1, resolution.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void setWatermark(Connection c, Resolution resolution, long to, boolean exists) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(exists
                ? "UPDATE measurement_watermark SET rolled_up_to = ? WHERE resolution = ?"
                : "INSERT INTO measurement_watermark (rolled_up_to, resolution) VALUES (?, ?)")) {
            ps.setLong(1, to);
            ps.setString(2, resolution.name());
            ps.executeUpdate();
        }
    }
}
