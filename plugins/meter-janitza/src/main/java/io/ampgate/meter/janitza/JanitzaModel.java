package io.ampgate.meter.janitza;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterModel;

/**
 * The Janitza models (reference: modbus-register-maps.md section 5d; Janitza "UMG 604 Modbus
 * address list" 1.033.033.g, cross-checked with mbmd {@code janitza.go}). Holding registers
 * (function 03) at the addresses the list gives (PDU addresses); float32 big-endian (ABCD; the
 * same value little-endian sits 32768 higher, not used). Energies are Wh already.
 */
public enum JanitzaModel {
    /** UMG 604 (the "frequently required readings" block at 19000). */
    UMG604;

    /** The reference gives no request limit: the Modbus maximum. No unmapped register is read. */
    static final int MAX_REGISTERS = 125;

    /**
     * RS485 framing per the list: 8 data bits, no parity, 2 stop bits. The factory baud rate is not
     * in the reference (it lists 9.6 to 921.6 kbps): 9600 is an assumption, UNVERIFIED.
     */
    static final String SERIAL_DEFAULTS = "9600:8N2";

    private final MeterModel spec = new MeterModel("Janitza", "UMG 604", table(), MAX_REGISTERS, 0, SERIAL_DEFAULTS);

    /** @return the model's table and request limits */
    public MeterModel spec() {
        return spec;
    }

    /**
     * The L-L voltages and the neutral current (19006…19019) are read too, so that 19000…19027 is
     * one request.
     */
    private static RegisterTable table() {
        return RegisterTable.of(
                f(Channels.VOLTAGE_L1, 19000, "V"), f(Channels.VOLTAGE_L2, 19002, "V"), f(Channels.VOLTAGE_L3, 19004, "V"),
                f("voltage.l1l2", 19006, "V"), f("voltage.l2l3", 19008, "V"), f("voltage.l3l1", 19010, "V"),
                f(Channels.CURRENT_L1, 19012, "A"), f(Channels.CURRENT_L2, 19014, "A"), f(Channels.CURRENT_L3, 19016, "A"),
                f("current.n", 19018, "A"),
                f(Channels.POWER_L1, 19020, "W"), f(Channels.POWER_L2, 19022, "W"), f(Channels.POWER_L3, 19024, "W"),
                f(Channels.POWER_TOTAL, 19026, "W"),
                // the list labels 19068 "L1..L3, consumed, rate 1"; mbmd reads it as the import total
                f(Channels.ENERGY_IMPORT, 19068, "Wh"),
                f(Channels.ENERGY_EXPORT, 19076, "Wh"));
    }

    private static Register f(String name, int address, String unit) {
        return Register.holding(name, address, DataType.FLOAT32).withUnit(unit);
    }
}
