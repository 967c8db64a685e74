package io.ampgate.store.jdbc.measurement;

import io.ampgate.api.unit.PhaseValues;
import io.ampgate.store.measurement.Resolution;
import io.ampgate.store.measurement.Rollup;
import io.ampgate.store.measurement.Sample;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** The measurement tables' columns and their mapping: NaN is SQL NULL and back. */
final class Columns {
    static final String SAMPLE = "meter_id, sampled_at, voltage_l1, voltage_l2, voltage_l3, current_l1, current_l2,"
            + " current_l3, power_l1, power_l2, power_l3, power_total, import_wh, export_wh";
    static final String INSERT_SAMPLE = "INSERT INTO measurement_sample (" + SAMPLE
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String ROLLUP = "meter_id, resolution, bucket_start, bucket_end, samples, power_avg, power_min,"
            + " power_max, current_avg_l1, current_avg_l2, current_avg_l3, voltage_avg_l1, voltage_avg_l2,"
            + " voltage_avg_l3, import_wh_end, export_wh_end, import_wh_delta, export_wh_delta";
    static final String INSERT_ROLLUP = "INSERT INTO measurement_rollup (" + ROLLUP
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private Columns() {}

    static void bind(PreparedStatement ps, Sample s) throws SQLException {
        ps.setString(1, s.meterId());
        ps.setLong(2, s.at().toEpochMilli());
        int i = bind(ps, 3, s.voltage());
        i = bind(ps, i, s.current());
        i = bind(ps, i, s.power());
        setDouble(ps, i, s.totalPower());
        setDouble(ps, i + 1, s.importWh());
        setDouble(ps, i + 2, s.exportWh());
    }

    static Sample sample(ResultSet rs) throws SQLException {
        return new Sample(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), phases(rs, 3), phases(rs, 6), phases(rs, 9),
                getDouble(rs, 12), getDouble(rs, 13), getDouble(rs, 14));
    }

    static void bind(PreparedStatement ps, Rollup r) throws SQLException {
        ps.setString(1, r.meterId());
        ps.setString(2, r.resolution().name());
        ps.setLong(3, r.start().toEpochMilli());
        ps.setLong(4, r.end().toEpochMilli());
        ps.setInt(5, r.samples());
        setDouble(ps, 6, r.powerAvg());
        setDouble(ps, 7, r.powerMin());
        setDouble(ps, 8, r.powerMax());
        int i = bind(ps, 9, r.currentAvg());
        i = bind(ps, i, r.voltageAvg());
        setDouble(ps, i, r.importWh());
        setDouble(ps, i + 1, r.exportWh());
        setDouble(ps, i + 2, r.importDeltaWh());
        setDouble(ps, i + 3, r.exportDeltaWh());
    }

    static Rollup rollup(ResultSet rs) throws SQLException {
        return new Rollup(rs.getString(1), Resolution.valueOf(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)),
                Instant.ofEpochMilli(rs.getLong(4)), rs.getInt(5), getDouble(rs, 6), getDouble(rs, 7), getDouble(rs, 8),
                phases(rs, 9), phases(rs, 12), getDouble(rs, 15), getDouble(rs, 16), getDouble(rs, 17), getDouble(rs, 18));
    }

    private static int bind(PreparedStatement ps, int index, PhaseValues values) throws SQLException {
        setDouble(ps, index, values.l1());
        setDouble(ps, index + 1, values.l2());
        setDouble(ps, index + 2, values.l3());
        return index + 3;
    }

    private static PhaseValues phases(ResultSet rs, int index) throws SQLException {
        return new PhaseValues(getDouble(rs, index), getDouble(rs, index + 1), getDouble(rs, index + 2));
    }

    static void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    static double getDouble(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? Double.NaN : value;
    }
}
