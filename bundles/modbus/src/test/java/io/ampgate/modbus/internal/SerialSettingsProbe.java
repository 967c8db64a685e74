package io.ampgate.modbus.internal;

import com.ghgande.j2mod.modbus.util.SerialParameters;
import io.ampgate.modbus.ModbusAddress;

/** Shows the j2mod serial settings an address makes (the serial line itself needs hardware). */
public final class SerialSettingsProbe {
    private SerialSettingsProbe() {}

    public static String of(String address) {
        SerialParameters p = J2modLink.serialParameters((ModbusAddress.Serial) ModbusAddress.parse(address).gateway());
        return p.getPortName() + " " + p.getBaudRate() + " " + p.getDatabits() + " parity=" + p.getParity() + " stop="
                + p.getStopbits() + " " + p.getEncoding();
    }
}
