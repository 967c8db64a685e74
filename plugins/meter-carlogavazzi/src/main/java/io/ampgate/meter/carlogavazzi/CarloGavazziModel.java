package io.ampgate.meter.carlogavazzi;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.WordOrder;
import io.ampgate.modbus.meter.Channels;
import io.ampgate.modbus.meter.MeterModel;

/**
 * The Carlo Gavazzi models (reference: modbus-register-maps.md sections 5a and 5b). Input
 * registers (function 04; 03 returns the same data); INT32 with the least significant word first
 * (CDAB). Addresses are PDU addresses (Modicon 300001 = 0). Scales: V ÷10, A ÷1000, W ÷10, kWh ÷10
 * (so ×100 to Wh).
 */
public enum CarloGavazziModel {
    /** EM24-DIN on RS485 (mbmd {@code carlogavazzi-em24.go}, EM24-DIN protocol). */
    EM24(RegisterTable.of(
            v(Channels.VOLTAGE_L1, 0), v(Channels.VOLTAGE_L2, 2), v(Channels.VOLTAGE_L3, 4),
            a(Channels.CURRENT_L1, 12), a(Channels.CURRENT_L2, 14), a(Channels.CURRENT_L3, 16),
            w(Channels.POWER_L1, 18), w(Channels.POWER_L2, 20), w(Channels.POWER_L3, 22), w(Channels.POWER_TOTAL, 40),
            kwh(Channels.ENERGY_IMPORT, 66),
            // kWh (-) TOT: evcc stopped reading it (issue #31143); UNVERIFIED on some EM24 models
            kwh(Channels.ENERGY_EXPORT, 92))),
    /**
     * EM24_E1 (Ethernet): the EM/ET300 layout, as mbmd reads it (firmware 1.8.3 or later per evcc).
     * Modbus TCP port 502 and unit id 1: UNVERIFIED.
     */
    EM24_E1(em300()),
    /** EM340 (EM/ET300 series protocol, EM341-Modbus.pdf); EM330 and ET340 share the series map. */
    EM340(em300());

    /** The reference gives no request limit: the Modbus maximum. No unmapped register is read. */
    static final int MAX_REGISTERS = 125;

    private final MeterModel spec;

    CarloGavazziModel(RegisterTable table) {
        // EM24: 9600 8N1, address 1 (taphome page); EM340: the same (EM/ET300 document)
        this.spec = new MeterModel("Carlo Gavazzi", name(), table, MAX_REGISTERS, 0, "9600:8N1");
    }

    /** @return the model's table and request limits */
    public MeterModel spec() {
        return spec;
    }

    /** The EM/ET300 layout: L-L voltages (6..11) are read too, so that 0..23 is one request. */
    private static RegisterTable em300() {
        return RegisterTable.of(
                v(Channels.VOLTAGE_L1, 0), v(Channels.VOLTAGE_L2, 2), v(Channels.VOLTAGE_L3, 4),
                v("voltage.l1l2", 6), v("voltage.l2l3", 8), v("voltage.l3l1", 10),
                a(Channels.CURRENT_L1, 12), a(Channels.CURRENT_L2, 14), a(Channels.CURRENT_L3, 16),
                w(Channels.POWER_L1, 18), w(Channels.POWER_L2, 20), w(Channels.POWER_L3, 22), w(Channels.POWER_TOTAL, 40),
                kwh(Channels.ENERGY_IMPORT, 52), kwh(Channels.ENERGY_EXPORT, 78));
    }

    private static Register int32(String name, int address, double scale, String unit) {
        return Register.input(name, address, DataType.S32).withOrder(WordOrder.CDAB).scaled(scale).withUnit(unit);
    }

    private static Register v(String name, int address) {
        return int32(name, address, 0.1, "V");
    }

    private static Register a(String name, int address) {
        return int32(name, address, 0.001, "A");
    }

    private static Register w(String name, int address) {
        return int32(name, address, 0.1, "W");
    }

    private static Register kwh(String name, int address) {
        return int32(name, address, 100, "Wh"); // raw 0.1 kWh = 100 Wh
    }
}
