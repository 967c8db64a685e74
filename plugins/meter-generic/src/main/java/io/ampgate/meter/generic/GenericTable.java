package io.ampgate.meter.generic;

import io.ampgate.modbus.Register;
import io.ampgate.modbus.RegisterTable;
import io.ampgate.modbus.meter.Channels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register table of a generic meter, from the installer's settings: one {@link ValueSpec} per
 * value, under the {@link Channels} names. Only the import energy is mandatory.
 */
public final class GenericTable {

    /** The settings, in form order: setting name, channel, unit. */
    static final List<String[]> VALUES = List.of(
            new String[] {"energyImport", Channels.ENERGY_IMPORT, "Wh"},
            new String[] {"energyExport", Channels.ENERGY_EXPORT, "Wh"},
            new String[] {"powerTotal", Channels.POWER_TOTAL, "W"},
            new String[] {"powerL1", Channels.POWER_L1, "W"},
            new String[] {"powerL2", Channels.POWER_L2, "W"},
            new String[] {"powerL3", Channels.POWER_L3, "W"},
            new String[] {"currentL1", Channels.CURRENT_L1, "A"},
            new String[] {"currentL2", Channels.CURRENT_L2, "A"},
            new String[] {"currentL3", Channels.CURRENT_L3, "A"},
            new String[] {"voltageL1", Channels.VOLTAGE_L1, "V"},
            new String[] {"voltageL2", Channels.VOLTAGE_L2, "V"},
            new String[] {"voltageL3", Channels.VOLTAGE_L3, "V"});

    private GenericTable() {
    }

    /**
     * Builds the table.
     *
     * @param settings the value settings by setting name (energyImport, powerL1, ...); blank or missing
     *     = not read
     * @return the table
     * @throws IllegalArgumentException listing every wrong setting, one a line
     */
    public static RegisterTable of(Map<String, String> settings) {
        List<Register> registers = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String[] v : VALUES) {
            String text = settings.get(v[0]);
            if (text == null || text.isBlank()) {
                if (v[1].equals(Channels.ENERGY_IMPORT)) {
                    errors.add("energyImport is missing: the import energy register is mandatory; write "
                            + ValueSpec.FORMAT);
                }
                continue;
            }
            try {
                registers.add(ValueSpec.parse(v[0], v[1], text, v[2]));
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", errors));
        }
        return new RegisterTable(registers);
    }

    /** The value settings of a configuration, by setting name. */
    static Map<String, String> settings(GenericMeter.Config c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("energyImport", c.energyImport());
        m.put("energyExport", c.energyExport());
        m.put("powerTotal", c.powerTotal());
        m.put("powerL1", c.powerL1());
        m.put("powerL2", c.powerL2());
        m.put("powerL3", c.powerL3());
        m.put("currentL1", c.currentL1());
        m.put("currentL2", c.currentL2());
        m.put("currentL3", c.currentL3());
        m.put("voltageL1", c.voltageL1());
        m.put("voltageL2", c.voltageL2());
        m.put("voltageL3", c.voltageL3());
        return m;
    }
}
