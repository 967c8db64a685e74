package io.ampgate.modbus.internal;

import io.ampgate.modbus.FunctionCode;
import io.ampgate.modbus.ModbusException;

/**
 * One connection to a gateway (a TCP endpoint or a serial line). Used by one thread only, its
 * gateway's worker; opened on the first request and again after {@link #close()}.
 */
interface Link {

    /**
     * Reads registers (03, 04) or bits (01, 02).
     *
     * @return exactly {@code count} registers (0 to 65535) or bits (0 or 1)
     */
    int[] read(int unit, FunctionCode function, int start, int count, int timeoutMillis) throws ModbusException;

    /** Writes one coil (05), one register (06) or several registers (16). */
    void write(int unit, FunctionCode function, int address, int[] words, int timeoutMillis) throws ModbusException;

    /** Closes the connection; the next request opens it again. The worker's thread only. */
    void close();

    /** From another thread: ends the connection under a request that is waiting for an answer. */
    void abort();
}
