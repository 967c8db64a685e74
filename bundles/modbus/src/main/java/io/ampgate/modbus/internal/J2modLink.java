package io.ampgate.modbus.internal;

import com.fazecast.jSerialComm.SerialPort;
import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.AbstractModbusMaster;
import com.ghgande.j2mod.modbus.facade.ModbusSerialMaster;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.util.BitVector;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.ModbusAddress;
import io.ampgate.modbus.ModbusException;
import io.ampgate.modbus.ModbusException.Kind;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.function.IntFunction;

/**
 * A {@link Link} on j2mod's masters: {@code ModbusTCPMaster} for TCP (one connection kept open),
 * {@code ModbusSerialMaster} for RTU on a serial line (jSerialComm). j2mod's own retries are off
 * (one attempt a request); the worker retries, and closes the link after a timeout or a bad
 * answer so that a late answer is never read as the next request's.
 */
final class J2modLink implements Link {
    /** How the message of a failed connect begins: not worth repeating at once. */
    static final String CANNOT_CONNECT = "cannot connect to ";

    private final ModbusAddress.Gateway gateway;
    private final IntFunction<AbstractModbusMaster> masters;
    private volatile AbstractModbusMaster master;

    J2modLink(ModbusAddress.Gateway gateway) {
        this.gateway = gateway;
        this.masters = switch (gateway) {
            case ModbusAddress.Tcp tcp -> timeout -> new ModbusTCPMaster(tcp.host(), tcp.port(), timeout, false);
            case ModbusAddress.Serial serial -> timeout -> new ModbusSerialMaster(serialParameters(serial), timeout);
        };
    }

    /** j2mod's serial settings for a line: RTU, no flow control, the address's framing. */
    static SerialParameters serialParameters(ModbusAddress.Serial serial) {
        SerialParameters p = new SerialParameters();
        p.setPortName(serial.port());
        p.setBaudRate(serial.baud());
        p.setDatabits(serial.dataBits());
        p.setParity(switch (serial.parity()) {
            case 'E' -> SerialPort.EVEN_PARITY;
            case 'O' -> SerialPort.ODD_PARITY;
            default -> SerialPort.NO_PARITY;
        });
        p.setStopbits(serial.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT);
        p.setFlowControlIn(SerialPort.FLOW_CONTROL_DISABLED);
        p.setFlowControlOut(SerialPort.FLOW_CONTROL_DISABLED);
        p.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        p.setEcho(false);
        return p;
    }

    private AbstractModbusMaster master(int timeoutMillis) throws ModbusException {
        if (master == null) {
            AbstractModbusMaster m = masters.apply(timeoutMillis);
            try {
                m.connect();
            } catch (Exception e) {
                quietly(m);
                throw new ModbusException(Kind.UNREACHABLE, CANNOT_CONNECT + where() + ": " + describe(e), e);
            }
            m.setRetries(1);
            m.setCheckingValidity(true);
            master = m;
        }
        master.setTimeout(timeoutMillis);
        return master;
    }

    @Override
    public int[] read(int unit, FunctionCode function, int start, int count, int timeoutMillis) throws ModbusException {
        AbstractModbusMaster m = master(timeoutMillis);
        int[] out;
        try {
            switch (function) {
                case READ_COILS, READ_DISCRETE_INPUTS -> {
                    BitVector bits = function == FunctionCode.READ_COILS ? m.readCoils(unit, start, count)
                            : m.readInputDiscretes(unit, start, count);
                    out = new int[count];
                    for (int i = 0; i < count && i < bits.size(); i++) {
                        out[i] = bits.getBit(i) ? 1 : 0;
                    }
                }
                case READ_HOLDING_REGISTERS, READ_INPUT_REGISTERS -> {
                    InputRegister[] r = function == FunctionCode.READ_HOLDING_REGISTERS
                            ? m.readMultipleRegisters(unit, start, count) : m.readInputRegisters(unit, start, count);
                    if (r == null || r.length != count) {
                        close();
                        throw new ModbusException(Kind.INVALID_ANSWER, where(unit) + " answered "
                                + (r == null ? 0 : r.length) + " registers to a read of " + count + " at " + start);
                    }
                    out = new int[count];
                    for (int i = 0; i < count; i++) {
                        out[i] = r[i].getValue() & 0xFFFF;
                    }
                }
                default -> throw new IllegalArgumentException("function " + function.code() + " does not read");
            }
        } catch (com.ghgande.j2mod.modbus.ModbusException | RuntimeException e) {
            throw translate(unit, function, start, e);
        }
        return out;
    }

    @Override
    public void write(int unit, FunctionCode function, int address, int[] words, int timeoutMillis)
            throws ModbusException {
        AbstractModbusMaster m = master(timeoutMillis);
        try {
            switch (function) {
                case WRITE_SINGLE_COIL -> m.writeCoil(unit, address, words[0] != 0);
                case WRITE_SINGLE_REGISTER -> m.writeSingleRegister(unit, address, new SimpleRegister(words[0]));
                case WRITE_MULTIPLE_REGISTERS -> {
                    SimpleRegister[] r = new SimpleRegister[words.length];
                    for (int i = 0; i < words.length; i++) {
                        r[i] = new SimpleRegister(words[i]);
                    }
                    m.writeMultipleRegisters(unit, address, r);
                }
                default -> throw new IllegalArgumentException("function " + function.code() + " does not write");
            }
        } catch (com.ghgande.j2mod.modbus.ModbusException | ClassCastException e) {
            throw translate(unit, function, address, e);
        }
    }

    /** Sorts j2mod's failures into the four kinds; the link is closed unless the device answered properly. */
    private ModbusException translate(int unit, FunctionCode function, int address, Exception e) {
        String what = "function " + function.code() + " at " + address + " on " + where(unit);
        if (e instanceof ModbusSlaveException slave) {
            return new ModbusException(Kind.EXCEPTION_RESPONSE, what + ": exception " + slave.getType() + " ("
                    + ModbusSlaveException.getMessage(slave.getType()) + ")", e);
        }
        close();
        // j2mod 3.2.1 folds the cause into its message: "... failed (tried 1 times) Socket timeout
        // reading response - Read timed out", "... Premature end of stream (Header truncated)" when the
        // connection ended, "(Message truncated)" when the answer is shorter than its function needs
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (t instanceof SocketTimeoutException || m.contains("timeout") || m.contains("timed out")) {
                return new ModbusException(Kind.TIMEOUT, what + ": no answer within the timeout", e);
            }
            if (t instanceof SocketException || m.contains("header truncated") || m.contains("connection reset")
                    || m.contains("broken pipe") || m.contains("connection lost")) {
                return new ModbusException(Kind.UNREACHABLE, what + ": connection lost (" + describe(t) + ")", e);
            }
        }
        return new ModbusException(Kind.INVALID_ANSWER, what + ": answer not understood (" + describe(e) + ")", e);
    }

    private String where() {
        return switch (gateway) {
            case ModbusAddress.Tcp tcp -> tcp.host() + ":" + tcp.port();
            case ModbusAddress.Serial serial -> serial.port();
        };
    }

    private String where(int unit) {
        return "unit " + unit + "@" + where();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    @Override
    public void close() {
        if (master != null) {
            quietly(master);
            master = null;
        }
    }

    @Override
    public void abort() {
        AbstractModbusMaster m = master;
        if (m != null && m.getTransport() != null) {
            try {
                m.getTransport().close(); // j2mod's facade holds its lock while it waits: close under it
            } catch (Exception e) {
                // closing anyway
            }
        }
    }

    private static void quietly(AbstractModbusMaster m) {
        try {
            m.disconnect();
        } catch (RuntimeException e) {
            // closing anyway
        }
    }
}
