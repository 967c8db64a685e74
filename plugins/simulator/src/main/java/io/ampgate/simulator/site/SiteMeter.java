package io.ampgate.simulator.site;

import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.SimulatedUnit;
import java.time.Duration;
import java.time.Instant;

/**
 * The site meter: an Eastron SDM630's input registers (float32, ABCD; energies in kWh) showing
 * the current the site draws on each phase, signed (import positive, export negative). Currents
 * are magnitudes, as the meter shows them; active powers carry the sign. The power factor is
 * taken as 1 (no reactive power). Voltages sag a little with the load and wander with the seed;
 * the energy registers count each phase's import and export.
 */
final class SiteMeter {

    private static final long VOLTAGE_STREAM = 300;
    private static final long FREQUENCY_STREAM = 310;

    private final SimulatedUnit unit;
    private final double volts;
    private final long seed;
    private final double[] importWh = new double[3];
    private final double[] exportWh = new double[3];
    private final double[] power = new double[3];

    /** A meter whose registers start at {@code startImportWh} and {@code startExportWh}, split over the phases. */
    SiteMeter(SimulatedUnit unit, double volts, long seed, double startImportWh, double startExportWh) {
        this.unit = unit;
        this.volts = volts;
        this.seed = seed;
        for (int i = 0; i < 3; i++) {
            importWh[i] = startImportWh / 3;
            exportWh[i] = startExportWh / 3;
        }
    }

    /** Counts the energy of the power shown during {@code elapsed}, then shows {@code current}. */
    synchronized void update(Instant now, Duration elapsed, PhaseCurrents current) {
        double hours = elapsed.toNanos() / 3.6e12;
        for (int i = 0; i < 3; i++) {
            importWh[i] += Math.max(0, power[i]) * hours;
            exportWh[i] += Math.max(0, -power[i]) * hours;
        }
        double[] v = new double[3];
        double[] amps = new double[3];
        for (int i = 0; i < 3; i++) {
            amps[i] = current.phase(i + 1);
            v[i] = voltage(i + 1, amps[i], now, volts, seed);
            power[i] = v[i] * amps[i];
        }
        write(now, v, amps);
    }

    /** The voltage of a phase: the nominal plus 1 V, less 0.04 V per A drawn, and a slow wander of up to 0.5 V. */
    static double voltage(int phase, double signedA, Instant now, double volts, long seed) {
        return volts + 1 - 0.04 * signedA + 0.5 * Noise.smooth(seed, VOLTAGE_STREAM + phase, now.getEpochSecond() / 20.0);
    }

    private void write(Instant now, double[] v, double[] amps) {
        Words w = new Words(0, 86);
        double totalPower = 0;
        double totalVa = 0;
        for (int i = 0; i < 3; i++) {
            double magnitude = Math.abs(amps[i]);
            w.float32(2 * i, v[i]).float32(6 + 2 * i, magnitude).float32(12 + 2 * i, power[i])
                    .float32(18 + 2 * i, v[i] * magnitude).float32(24 + 2 * i, 0)
                    .float32(30 + 2 * i, amps[i] < 0 ? -1 : 1);
            totalPower += power[i];
            totalVa += v[i] * magnitude;
        }
        double sumA = Math.abs(amps[0]) + Math.abs(amps[1]) + Math.abs(amps[2]);
        w.float32(42, (v[0] + v[1] + v[2]) / 3).float32(46, sumA / 3).float32(48, sumA)
                .float32(52, totalPower).float32(56, totalVa).float32(60, 0)
                .float32(62, totalVa == 0 ? 1 : totalPower / totalVa)
                .float32(70, 50 + 0.02 * Noise.smooth(seed, FREQUENCY_STREAM, now.getEpochSecond() / 10.0))
                .float32(72, sum(importWh) / 1000).float32(74, sum(exportWh) / 1000).float32(76, 0).float32(78, 0)
                .float32(84, totalPower);
        Words lines = new Words(200, 26);
        for (int i = 0; i < 3; i++) {
            lines.float32(200 + 2 * i, Math.sqrt(3) * (v[i] + v[(i + 1) % 3]) / 2);
        }
        lines.float32(224, neutral(amps));
        Words energies = new Words(342, 22);
        energies.float32(342, (sum(importWh) + sum(exportWh)) / 1000).float32(344, 0);
        for (int i = 0; i < 3; i++) {
            energies.float32(346 + 2 * i, importWh[i] / 1000).float32(352 + 2 * i, exportWh[i] / 1000)
                    .float32(358 + 2 * i, (importWh[i] + exportWh[i]) / 1000);
        }
        w.writeTo(unit, Area.INPUT_REGISTERS);
        lines.writeTo(unit, Area.INPUT_REGISTERS);
        energies.writeTo(unit, Area.INPUT_REGISTERS);
    }

    /** The neutral current of three in-phase currents 120 degrees apart. */
    static double neutral(double[] amps) {
        double re = amps[0] - (amps[1] + amps[2]) / 2;
        double im = Math.sqrt(3) / 2 * (amps[1] - amps[2]);
        return Math.hypot(re, im);
    }

    synchronized double importWh() {
        return sum(importWh);
    }

    synchronized double exportWh() {
        return sum(exportWh);
    }

    private static double sum(double[] values) {
        return values[0] + values[1] + values[2];
    }
}
