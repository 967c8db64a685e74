package io.ampgate.modbus.meter;

import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.RegisterTable;
import java.util.Objects;

/**
 * One meter model as a driver declares it: its register table (with the {@link Channels} names)
 * and what its Modbus interface allows.
 *
 * @param manufacturer the manufacturer, for {@link io.ampgate.api.meter.MeterInfo}
 * @param model the model, e.g. {@code SDM630}
 * @param table what is read at every poll; must name {@link Channels#ENERGY_IMPORT}
 * @param maxRegisters the most registers one request may read (1 to 125)
 * @param maxGap how many unmapped registers a request may read over (0 for devices that refuse)
 * @param serialDefaults the framing used when a serial address names none, e.g. {@code 9600:8N1}
 */
public record MeterModel(String manufacturer, String model, RegisterTable table, int maxRegisters, int maxGap,
        String serialDefaults) {

    /** Checks the fields. */
    public MeterModel {
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(table, "table");
        if (table.registers().stream().noneMatch(r -> r.name().equals(Channels.ENERGY_IMPORT))) {
            throw new IllegalArgumentException(model + ": a meter table needs " + Channels.ENERGY_IMPORT);
        }
        if (maxRegisters < 1 || maxRegisters > 125 || maxGap < 0) {
            throw new IllegalArgumentException(model + ": maxRegisters must be 1 to 125 and maxGap >= 0");
        }
        ModbusAddress.parse("1@/dev/null:" + serialDefaults); // checks the framing
    }
}
