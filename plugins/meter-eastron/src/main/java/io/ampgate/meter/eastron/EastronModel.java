package io.ampgate.meter.eastron;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterModel;

/**
 * The Eastron models and their register maps (reference: modbus-register-maps.md section 3).
 * Every value is an input register (function 04), float32 with the most significant word first
 * (ABCD); addresses are 0-based PDU addresses (manual 30001 = 0). Energy registers are kWh, scaled
 * to Wh. Requests start at an even address, ask an even count (floats only, so the block plan
 * keeps both even) and stay within 60 registers; the driver reads no unmapped register.
 */
public enum EastronModel {
    /** SDM630 (V1.7 protocol document): three phases. */
    SDM630(RegisterTable.of(
            f(Channels.VOLTAGE_L1, 0, 1, "V"), f(Channels.VOLTAGE_L2, 2, 1, "V"), f(Channels.VOLTAGE_L3, 4, 1, "V"),
            f(Channels.CURRENT_L1, 6, 1, "A"), f(Channels.CURRENT_L2, 8, 1, "A"), f(Channels.CURRENT_L3, 10, 1, "A"),
            f(Channels.POWER_L1, 12, 1, "W"), f(Channels.POWER_L2, 14, 1, "W"), f(Channels.POWER_L3, 16, 1, "W"),
            f(Channels.POWER_TOTAL, 52, 1, "W"),
            f(Channels.ENERGY_IMPORT, 72, 1000, "Wh"), f(Channels.ENERGY_EXPORT, 74, 1000, "Wh"))),
    /**
     * SDM120 (V2.4 protocol document): one phase, on the meter's input L1. It has no total power
     * register, so the total reads the phase power register (30013) again.
     */
    SDM120(RegisterTable.of(
            f(Channels.VOLTAGE_L1, 0, 1, "V"), f(Channels.CURRENT_L1, 6, 1, "A"),
            f(Channels.POWER_L1, 12, 1, "W"), f(Channels.POWER_TOTAL, 12, 1, "W"),
            f(Channels.ENERGY_IMPORT, 72, 1000, "Wh"), f(Channels.ENERGY_EXPORT, 74, 1000, "Wh"))),
    /**
     * SDM72D-M (v1): total power and energies only, no voltages or currents. Map from mbmd and
     * evcc, not from an Eastron document; its serial defaults are UNVERIFIED.
     */
    SDM72(RegisterTable.of(
            f(Channels.POWER_TOTAL, 52, 1, "W"),
            f(Channels.ENERGY_IMPORT, 72, 1000, "Wh"), f(Channels.ENERGY_EXPORT, 74, 1000, "Wh"))),
    /**
     * SDM72D-M-2 (v2): the SDM630 layout per mbmd (not an Eastron document); serial defaults
     * UNVERIFIED.
     */
    SDM72_V2(SDM630.spec().table());

    /** Most registers per request: the SDM630 document says 40 values in one place and 30 in another. */
    static final int MAX_REGISTERS = 60;

    private final MeterModel spec;

    EastronModel(RegisterTable table) {
        // SDM120 document: 2400 baud is the factory default, many recent units ship at 9600 (UNVERIFIED);
        // SDM630: 9600 8N1. The driver defaults to 9600 8N1 for all.
        this.spec = new MeterModel("Eastron", name().replace('_', '-'), table, MAX_REGISTERS, 0, "9600:8N1");
    }

    /** @return the model's table and request limits */
    public MeterModel spec() {
        return spec;
    }

    private static Register f(String name, int address, double scale, String unit) {
        return Register.input(name, address, DataType.FLOAT32).scaled(scale).withUnit(unit);
    }
}
