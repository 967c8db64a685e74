package io.ampgate.meter.sunspec;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.modbus.DataType;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.Values;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterOptions;
import io.ampgate.modbus.meter.MeterReadings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register table of a discovered device's measurement model, and the reading built from it.
 *
 * <p>The table reads the raw points (scale 1) and their scale factors; every scale factor sits in the
 * same model as its values, so it is read in the same poll (and, with the device settings the plugin
 * uses, in the same request). A reading applies {@code value = raw × 10^SF} and turns SunSpec's
 * not-implemented values into NaN: 0x8000 for int16 and sunssf, 0xFFFF for uint16, 0xFFFFFFFF for
 * uint32, 0 for the acc32 and acc64 energy counters (and all ones for acc64).
 *
 * <p>Sign convention, the API's ({@code io.ampgate.api.meter}): production flows towards the grid, so
 * an inverter producing 3000 W reads {@code totalActivePower = -3000} and its currents are negative;
 * the lifetime production (101/103 WH, 701 TotWhInj) is the export energy. The import energy is the
 * energy the inverter drew (701 TotWhAbs), NaN for 101/103, which do not measure it.
 */
public final class SunSpecTable {

    /** How a point's raw value marks "not implemented". */
    enum Kind {
        INT16, UINT16, UINT32, ACC32, ACC64, SF
    }

    /** A point: its name in the table, offset from the model's ID register, and kind. */
    record Point(String name, int offset, Kind kind) {
        DataType type() {
            return switch (kind) {
                case INT16, SF -> DataType.S16;
                case UINT16 -> DataType.U16;
                case UINT32, ACC32 -> DataType.U32;
                case ACC64 -> DataType.U64;
            };
        }
    }

    /** Inverter models 101 (single phase) and 103 (three phase): same layout. */
    static final List<Point> INVERTER = List.of(
            new Point("A", 2, Kind.UINT16), new Point("AphA", 3, Kind.UINT16), new Point("AphB", 4, Kind.UINT16),
            new Point("AphC", 5, Kind.UINT16), new Point("A_SF", 6, Kind.SF),
            new Point("PhVphA", 10, Kind.UINT16), new Point("PhVphB", 11, Kind.UINT16),
            new Point("PhVphC", 12, Kind.UINT16), new Point("V_SF", 13, Kind.SF),
            new Point("W", 14, Kind.INT16), new Point("W_SF", 15, Kind.SF),
            new Point("Hz", 16, Kind.UINT16), new Point("Hz_SF", 17, Kind.SF),
            new Point("WH", 24, Kind.ACC32), new Point("WH_SF", 26, Kind.SF));

    /** DER AC measurement model 701. */
    static final List<Point> DER = List.of(
            new Point("W", 10, Kind.INT16), new Point("A", 14, Kind.INT16), new Point("LNV", 16, Kind.UINT16),
            new Point("Hz", 17, Kind.UINT32), new Point("TotWhInj", 19, Kind.ACC64), new Point("TotWhAbs", 23, Kind.ACC64),
            new Point("WL1", 41, Kind.INT16), new Point("AL1", 45, Kind.INT16), new Point("VL1", 47, Kind.UINT16),
            new Point("WL2", 64, Kind.INT16), new Point("AL2", 68, Kind.INT16), new Point("VL2", 70, Kind.UINT16),
            new Point("WL3", 87, Kind.INT16), new Point("AL3", 91, Kind.INT16), new Point("VL3", 93, Kind.UINT16),
            new Point("A_SF", 113, Kind.SF), new Point("V_SF", 114, Kind.SF), new Point("Hz_SF", 115, Kind.SF),
            new Point("W_SF", 116, Kind.SF), new Point("TotWh_SF", 120, Kind.SF));

    private SunSpecTable() {
    }

    /**
     * @param modelId 101, 103 or 701
     * @return the points the meter reads of that model
     */
    static List<Point> points(int modelId) {
        return switch (modelId) {
            case 101, 103 -> INVERTER;
            case 701 -> DER;
            default -> throw new IllegalArgumentException("SunSpec model " + modelId + " is not read by this meter");
        };
    }

    /**
     * @param modelId 101, 103 or 701
     * @return the L a model must at least have for every point the meter reads
     */
    static int minimumLength(int modelId) {
        return points(modelId).stream().mapToInt(p -> p.offset() + p.type().words()).max().orElseThrow() - 2;
    }

    /**
     * The table polled for a device: its measurement model's points, named as in the SunSpec model
     * (W, W_SF, ...), read with function 03, raw.
     *
     * @param device what discovery found
     * @return the table
     */
    public static RegisterTable table(SunSpecDevice device) {
        int start = device.measurement().start();
        return new RegisterTable(points(device.measurement().id()).stream()
                .map(p -> Register.holding(p.name(), start + p.offset(), p.type()))
                .toList());
    }

    /**
     * The reading of one poll.
     *
     * @param modelId the measurement model, 101, 103 or 701
     * @param raw one poll of {@link #table(SunSpecDevice)}
     * @param options the phase mapping (and CT direction, which swaps signs and energies as for any meter)
     * @return the reading, in V, A, W and Wh, production negative
     */
    public static MeterReading reading(int modelId, Values raw, MeterOptions options) {
        return MeterReadings.of(channels(modelId, raw), options);
    }

    /**
     * The scaled values under the {@link Channels} names, production negative.
     *
     * @param modelId the measurement model
     * @param raw one poll
     * @return the values MeterReadings builds a reading from
     */
    static Values channels(int modelId, Values raw) {
        Map<String, Double> out = new HashMap<>();
        if (modelId == 701) {
            double w = scaled(raw, DER, "W", "W_SF");
            out.put(Channels.POWER_TOTAL, -w);
            String[][] phases = {{"WL1", "AL1", "VL1"}, {"WL2", "AL2", "VL2"}, {"WL3", "AL3", "VL3"}};
            String[] power = {Channels.POWER_L1, Channels.POWER_L2, Channels.POWER_L3};
            String[] current = {Channels.CURRENT_L1, Channels.CURRENT_L2, Channels.CURRENT_L3};
            String[] voltage = {Channels.VOLTAGE_L1, Channels.VOLTAGE_L2, Channels.VOLTAGE_L3};
            for (int i = 0; i < 3; i++) {
                out.put(power[i], -scaled(raw, DER, phases[i][0], "W_SF"));
                out.put(current[i], -scaled(raw, DER, phases[i][1], "A_SF"));
                out.put(voltage[i], scaled(raw, DER, phases[i][2], "V_SF"));
            }
            out.put(Channels.ENERGY_EXPORT, scaled(raw, DER, "TotWhInj", "TotWh_SF"));
            out.put(Channels.ENERGY_IMPORT, scaled(raw, DER, "TotWhAbs", "TotWh_SF"));
        } else {
            double w = scaled(raw, INVERTER, "W", "W_SF");
            out.put(Channels.POWER_TOTAL, -w);
            // inverter currents are magnitudes: they take the sign of the power, export unless it draws
            double sign = w < 0 ? 1 : -1;
            out.put(Channels.CURRENT_L1, sign * scaled(raw, INVERTER, "AphA", "A_SF"));
            out.put(Channels.VOLTAGE_L1, scaled(raw, INVERTER, "PhVphA", "V_SF"));
            if (modelId == 103) {
                out.put(Channels.CURRENT_L2, sign * scaled(raw, INVERTER, "AphB", "A_SF"));
                out.put(Channels.CURRENT_L3, sign * scaled(raw, INVERTER, "AphC", "A_SF"));
                out.put(Channels.VOLTAGE_L2, scaled(raw, INVERTER, "PhVphB", "V_SF"));
                out.put(Channels.VOLTAGE_L3, scaled(raw, INVERTER, "PhVphC", "V_SF"));
            } else {
                out.put(Channels.POWER_L1, -w); // single phase: all of it on L1
            }
            out.put(Channels.ENERGY_EXPORT, scaled(raw, INVERTER, "WH", "WH_SF"));
        }
        return new Values(raw.at(), out, raw.texts());
    }

    /**
     * A point's value: raw × 10^SF, NaN if the point or its scale factor is not implemented (or the
     * table lacks it).
     */
    static double scaled(Values raw, List<Point> points, String name, String sfName) {
        Point point = points.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        Point sfPoint = points.stream().filter(p -> p.name().equals(sfName)).findFirst().orElseThrow();
        double value = implemented(point.kind(), raw.number(name));
        double sf = implemented(sfPoint.kind(), raw.number(sfName));
        if (Double.isNaN(value) || Double.isNaN(sf) || sf < -10 || sf > 10) {
            return Double.NaN;
        }
        return value * Math.pow(10, sf);
    }

    /** The raw value, or NaN where it is the kind's not-implemented marker. */
    static double implemented(Kind kind, double raw) {
        boolean missing = switch (kind) {
            case INT16, SF -> raw == Short.MIN_VALUE;
            case UINT16 -> raw == 0xFFFF;
            case UINT32 -> raw == 0xFFFF_FFFFL;
            case ACC32 -> raw == 0;
            case ACC64 -> raw == 0 || raw >= 0x1p64; // all ones decodes as 2^64 in a double
        };
        return missing ? Double.NaN : raw;
    }
}
