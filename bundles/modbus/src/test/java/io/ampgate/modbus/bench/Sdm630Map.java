package io.ampgate.modbus.bench;

import io.ampgate.modbus.DataType;
import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.simulator.modbus.Area;
import io.ampgate.simulator.modbus.Order;
import io.ampgate.simulator.modbus.SimulatedUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An SDM630-like input-register map: 22 float32 values (44 registers) in three runs, 0x00-0x23
 * (voltages, currents, powers, apparent and reactive powers, power factors), 0x34 (total power) and
 * 0x46-0x4B (frequency, import and export energy): three requests a poll without gaps.
 */
final class Sdm630Map {
    private Sdm630Map() {}

    private static final String[] RUN = {"voltage.l1", "voltage.l2", "voltage.l3", "current.l1", "current.l2",
        "current.l3", "power.l1", "power.l2", "power.l3", "va.l1", "va.l2", "va.l3", "var.l1", "var.l2", "var.l3",
        "pf.l1", "pf.l2", "pf.l3"};

    static RegisterTable table() {
        List<Register> r = new ArrayList<>();
        for (int i = 0; i < RUN.length; i++) {
            r.add(Register.input(RUN[i], 2 * i, DataType.FLOAT32));
        }
        r.add(Register.input("power", 0x34, DataType.FLOAT32));
        r.add(Register.input("frequency", 0x46, DataType.FLOAT32));
        r.add(Register.input("energy.import", 0x48, DataType.FLOAT32));
        r.add(Register.input("energy.export", 0x4A, DataType.FLOAT32));
        return new RegisterTable(r);
    }

    static void fill(SimulatedUnit unit, int seed) {
        for (int i = 0; i < RUN.length; i++) {
            unit.setFloat32(Area.INPUT_REGISTERS, 2 * i, 230 + seed + i / 10.0, Order.ABCD);
        }
        unit.setFloat32(Area.INPUT_REGISTERS, 0x34, 11_000 + seed, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x46, 50.0, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x48, 12_345.6 + seed, Order.ABCD)
                .setFloat32(Area.INPUT_REGISTERS, 0x4A, 0, Order.ABCD);
    }
}
