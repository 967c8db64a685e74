package io.ampgate.meter.schneider;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterModel;
import java.util.List;

/**
 * The Schneider Electric iEM3x5x models (reference: modbus-register-maps.md section 4; mbmd
 * {@code iem3000.go}, Schneider DOCA0005EN-04). Holding registers (function 03); the manual's
 * register numbers minus 1 (register 3000 = PDU 2999). Float32 and int64 with the most significant
 * word first (ABCD). Powers are kW, scaled to W; energies are int64 Wh. The iEM3150, iEM3250 and
 * iEM3350 have no export register. All are three-phase: the reference shows no single-phase
 * variant of these maps.
 */
public enum SchneiderModel {
    IEM3150(false), IEM3155(true), IEM3250(false), IEM3255(true), IEM3350(false), IEM3355(true);

    /**
     * The reference gives no request limit for the iEM3000: the Modbus maximum. The driver reads
     * no unmapped register (4 requests a poll).
     */
    static final int MAX_REGISTERS = 125;

    /**
     * Factory serial settings are not in the retrieved manual pages; 19200 baud, even parity is
     * what is commonly quoted: UNVERIFIED.
     */
    static final String SERIAL_DEFAULTS = "19200:8E1";

    private static List<Register> common() {
        return List.of(
            f(Channels.CURRENT_L1, 2999, 1, "A"), f(Channels.CURRENT_L2, 3001, 1, "A"), f(Channels.CURRENT_L3, 3003, 1, "A"),
            f(Channels.VOLTAGE_L1, 3027, 1, "V"), f(Channels.VOLTAGE_L2, 3029, 1, "V"), f(Channels.VOLTAGE_L3, 3031, 1, "V"),
            f(Channels.POWER_L1, 3053, 1000, "W"), f(Channels.POWER_L2, 3055, 1000, "W"),
            f(Channels.POWER_L3, 3057, 1000, "W"), f(Channels.POWER_TOTAL, 3059, 1000, "W"),
            energy(Channels.ENERGY_IMPORT, 3203));
    }

    private final MeterModel spec;

    SchneiderModel(boolean export) {
        RegisterTable table = new RegisterTable(common());
        if (export) {
            table = table.with(List.of(energy(Channels.ENERGY_EXPORT, 3207)));
        }
        this.spec = new MeterModel("Schneider Electric", "iEM" + name().substring(3), table, MAX_REGISTERS, 0,
                SERIAL_DEFAULTS);
    }

    /** @return the model's table and request limits */
    public MeterModel spec() {
        return spec;
    }

    private static Register f(String name, int address, double scale, String unit) {
        return Register.holding(name, address, DataType.FLOAT32).scaled(scale).withUnit(unit);
    }

    private static Register energy(String name, int address) {
        return Register.holding(name, address, DataType.S64).withUnit("Wh");
    }
}
