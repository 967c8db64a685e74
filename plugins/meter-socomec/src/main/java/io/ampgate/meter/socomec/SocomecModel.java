package io.ampgate.meter.socomec;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterModel;

/**
 * The Socomec Countis E2x models (reference: modbus-register-maps.md section 5c; OpenEMS
 * {@code io.openems.edge.meter.socomec} and the "MODBUS tables of Countis E24", table version
 * 103.8). Holding registers (function 03) at the wire addresses the table lists; U32/S32 with the
 * most significant word first (ABCD). The four models share the E24 table (the reference gives one
 * table for the family).
 */
public enum SocomecModel {
    /** Countis E23 (RS485 or Ethernet: which variant has which link is UNVERIFIED). */
    E23,
    /** Countis E24 (the table's own model). */
    E24,
    /** Countis E27 (link UNVERIFIED, see E23). */
    E27,
    /** Countis E28 (link UNVERIFIED, see E23). */
    E28;

    /** The reference gives no request limit: the Modbus maximum. No unmapped register is read. */
    static final int MAX_REGISTERS = 125;

    /**
     * Default serial settings and unit id are not in the sources (UNVERIFIED); the driver assumes
     * 9600 8N1 when an address names none.
     */
    static final String SERIAL_DEFAULTS = "9600:8N1";

    private final MeterModel spec = new MeterModel("Socomec", "Countis " + name(), table(), MAX_REGISTERS, 0,
            SERIAL_DEFAULTS);

    /** @return the model's table and request limits */
    public MeterModel spec() {
        return spec;
    }

    /**
     * The values; frequency, neutral current, Q, S and PF (50526…50543) are read as well so that
     * 50520…50549 is one request. Energies: the "fine" registers (LSB 10 Wh), as OpenEMS reads them.
     */
    private static RegisterTable table() {
        return RegisterTable.of(
                u32(Channels.VOLTAGE_L1, 50520, 0.01, "V"), u32(Channels.VOLTAGE_L2, 50522, 0.01, "V"),
                u32(Channels.VOLTAGE_L3, 50524, 0.01, "V"),
                // the scale of E34/E44 frequency differs (UNVERIFIED); E2x: mHz
                u32("frequency", 50526, 0.001, "Hz"),
                u32(Channels.CURRENT_L1, 50528, 0.001, "A"), u32(Channels.CURRENT_L2, 50530, 0.001, "A"),
                u32(Channels.CURRENT_L3, 50532, 0.001, "A"), u32("current.n", 50534, 0.001, "A"),
                s32(Channels.POWER_TOTAL, 50536, 10, "W"), s32("reactive.total", 50538, 10, "var"),
                u32("apparent.total", 50540, 10, "VA"), s32("pf.total", 50542, 0.001, ""),
                s32(Channels.POWER_L1, 50544, 10, "W"), s32(Channels.POWER_L2, 50546, 10, "W"),
                s32(Channels.POWER_L3, 50548, 10, "W"),
                u32(Channels.ENERGY_IMPORT, 50946, 10, "Wh"), u32(Channels.ENERGY_EXPORT, 50952, 10, "Wh"));
    }

    private static Register u32(String name, int address, double scale, String unit) {
        return Register.holding(name, address, DataType.U32).scaled(scale).withUnit(unit);
    }

    private static Register s32(String name, int address, double scale, String unit) {
        return Register.holding(name, address, DataType.S32).scaled(scale).withUnit(unit);
    }
}
