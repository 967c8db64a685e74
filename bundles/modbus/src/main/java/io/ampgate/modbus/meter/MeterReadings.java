package io.ampgate.modbus.meter;

import io.ampgate.api.meter.MeterReading;
import io.ampgate.api.unit.Phase;
import io.ampgate.api.unit.PhaseValues;
import io.ampgate.modbus.Values;

/**
 * Builds a meter reading from the values of a table that uses the {@link Channels} names: the
 * meter's inputs are put on the site phases they measure, and a reversed meter's powers change
 * sign and its import and export swap. Values the table lacks are NaN.
 */
public final class MeterReadings {

    private MeterReadings() {
    }

    /**
     * @param values one poll's values
     * @param options how the meter is installed
     * @return the reading, in V, A, W and Wh, at the poll's time
     */
    public static MeterReading of(Values values, MeterOptions options) {
        double sign = options.reversed() ? -1 : 1;
        PhaseValues voltage = onSite(options, values.number(Channels.VOLTAGE_L1), values.number(Channels.VOLTAGE_L2),
                values.number(Channels.VOLTAGE_L3), 1);
        PhaseValues current = onSite(options, values.number(Channels.CURRENT_L1), values.number(Channels.CURRENT_L2),
                values.number(Channels.CURRENT_L3), 1);
        PhaseValues power = onSite(options, values.number(Channels.POWER_L1), values.number(Channels.POWER_L2),
                values.number(Channels.POWER_L3), sign);
        double total = values.number(Channels.POWER_TOTAL);
        if (Double.isNaN(total)) {
            total = values.number(Channels.POWER_L1) + values.number(Channels.POWER_L2) + values.number(Channels.POWER_L3);
        }
        double imported = energy(values.number(options.reversed() ? Channels.ENERGY_EXPORT : Channels.ENERGY_IMPORT));
        double exported = energy(values.number(options.reversed() ? Channels.ENERGY_IMPORT : Channels.ENERGY_EXPORT));
        return new MeterReading(values.at(), voltage, current, power, sign * total, imported, exported);
    }

    private static PhaseValues onSite(MeterOptions options, double in1, double in2, double in3, double sign) {
        double[] site = {Double.NaN, Double.NaN, Double.NaN};
        double[] inputs = {in1, in2, in3};
        for (int i = 0; i < 3; i++) {
            Phase p = options.phases().get(i);
            site[p.ordinal()] = finite(inputs[i]) * sign;
        }
        return PhaseValues.of(site[0], site[1], site[2]);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** A register that reads negative or infinite (a meter fault) is reported as unknown. */
    private static double energy(double wh) {
        return Double.isFinite(wh) && wh >= 0 ? wh : Double.NaN;
    }
}
