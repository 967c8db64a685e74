package io.ampgate.simulator.site;

import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.SimulatedUnit;
import java.time.Duration;

/**
 * The PV inverter: a SunSpec device in holding registers, the 'SunS' marker at 40000, the common
 * model 1 (L = 66) at 40002, the three-phase inverter model 103 (L = 50) at 40070 and the end
 * marker at 40122. Values are integers with scale factors (value = raw x 10^SF); points it does
 * not have read as SunSpec's "not implemented". Production is positive in the model (the meter
 * plugin turns it into export); the lifetime energy (WH) counts it. Public so that a test can put
 * an inverter of its own on a {@link io.ampgate.simulator.modbus.ModbusSlaveSimulator}.
 */
public final class PvInverter {

    static final int BASE = 40000;
    static final int COMMON = BASE + 2;
    static final int INVERTER = COMMON + 2 + 66;
    static final int END = INVERTER + 2 + 50;
    static final int NOT_IMPLEMENTED_U16 = 0xFFFF;
    static final int NOT_IMPLEMENTED_S16 = 0x8000;
    static final int A_SF = -2;
    static final int V_SF = -1;
    static final int HZ_SF = -2;
    static final int TMP_SF = -1;

    private final SimulatedUnit unit;
    private final double volts;
    private final double peakW;
    private final int wSf;
    private final int whSf;
    private double lifetimeWh;
    private double watts;

    /**
     * Writes the inverter's header (marker, common model, end marker) into {@code unit}'s holding
     * registers; {@link #update} then writes the inverter model.
     */
    public PvInverter(SimulatedUnit unit, int unitId, double volts, double peakW, double startWh, long seed) {
        this.unit = unit;
        this.volts = volts;
        this.peakW = peakW;
        this.lifetimeWh = startWh;
        this.wSf = scaleFactor(peakW * 1.1, Short.MAX_VALUE, 0);
        this.whSf = scaleFactor(startWh * 4 + 1e6, 0xFFFF_FFFFL, 0);
        Words header = new Words(BASE, INVERTER - BASE);
        header.u16(BASE, 0x5375).u16(BASE + 1, 0x6E53).u16(COMMON, 1).u16(COMMON + 1, 66)
                .text(COMMON + 2, "Ampgate", 16).text(COMMON + 18, "Simulated PV " + Math.round(peakW / 1000) + "k", 16)
                .text(COMMON + 50, "SIM-PV-" + seed, 16).text(COMMON + 42, "0.1.0", 8)
                .u16(COMMON + 66, unitId).u16(COMMON + 67, NOT_IMPLEMENTED_S16);
        header.writeTo(unit, Area.HOLDING_REGISTERS);
        new Words(END, 2).u16(END, 0xFFFF).u16(END + 1, 0).writeTo(unit, Area.HOLDING_REGISTERS);
    }

    /** Counts the energy produced during {@code elapsed}, then shows {@code productionW}. */
    public synchronized void update(Duration elapsed, double productionW, double[] phaseVolts) {
        lifetimeWh += watts * elapsed.toNanos() / 3.6e12;
        watts = productionW;
        double phaseA = productionW / 3 / volts;
        int i = INVERTER;
        Words w = new Words(INVERTER, END - INVERTER);
        w.u16(i, 103).u16(i + 1, 50)
                .u16(i + 2, scaled(3 * phaseA, A_SF)).u16(i + 3, scaled(phaseA, A_SF))
                .u16(i + 4, scaled(phaseA, A_SF)).u16(i + 5, scaled(phaseA, A_SF)).s16(i + 6, A_SF);
        for (int p = 0; p < 3; p++) {
            w.u16(i + 7 + p, scaled(Math.sqrt(3) * (phaseVolts[p] + phaseVolts[(p + 1) % 3]) / 2, V_SF))
                    .u16(i + 10 + p, scaled(phaseVolts[p], V_SF));
        }
        w.s16(i + 13, V_SF).s16(i + 14, scaled(productionW, wSf)).s16(i + 15, wSf)
                .u16(i + 16, scaled(50, HZ_SF)).s16(i + 17, HZ_SF)
                .s16(i + 18, scaled(productionW, wSf)).s16(i + 19, wSf).s16(i + 20, 0).s16(i + 21, 0)
                .s16(i + 22, productionW > 0 ? 100 : 0).s16(i + 23, 0)
                .u32(i + 24, Math.round(lifetimeWh / Math.pow(10, whSf))).s16(i + 26, whSf)
                .u16(i + 27, NOT_IMPLEMENTED_U16).u16(i + 28, NOT_IMPLEMENTED_S16)
                .u16(i + 29, NOT_IMPLEMENTED_U16).u16(i + 30, NOT_IMPLEMENTED_S16)
                .u16(i + 31, NOT_IMPLEMENTED_S16).u16(i + 32, NOT_IMPLEMENTED_S16)
                .s16(i + 33, scaled(25 + 20 * productionW / Math.max(1, peakW), TMP_SF))
                .u16(i + 34, NOT_IMPLEMENTED_S16).u16(i + 35, NOT_IMPLEMENTED_S16).u16(i + 36, NOT_IMPLEMENTED_S16)
                .s16(i + 37, TMP_SF).u16(i + 38, productionW > 0 ? 4 : 2).u16(i + 39, NOT_IMPLEMENTED_U16);
        w.writeTo(unit, Area.HOLDING_REGISTERS);
    }

    synchronized double lifetimeWh() {
        return lifetimeWh;
    }

    /** The raw value of {@code value} at scale factor {@code sf}, rounded. */
    static int scaled(double value, int sf) {
        return (int) Math.round(value / Math.pow(10, sf));
    }

    /** The smallest scale factor, from {@code least} on, at which {@code max} fits under {@code limit}. */
    static int scaleFactor(double max, double limit, int least) {
        int sf = least;
        while (max / Math.pow(10, sf) > limit) {
            sf++;
        }
        return sf;
    }
}
