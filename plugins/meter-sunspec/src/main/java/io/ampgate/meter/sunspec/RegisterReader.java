package io.ampgate.meter.sunspec;

/**
 * What SunSpec discovery needs from a device: holding registers (function 03) by address. Tests
 * give a map of address to word; the plugin reads through the Modbus transport
 * ({@link TransportReader}).
 */
@FunctionalInterface
public interface RegisterReader {

    /**
     * Reads holding registers.
     *
     * @param address the first register, 0-based PDU address
     * @param count how many, 1 to 125
     * @return {@code count} words, each 0 to 65535
     * @throws Exception if the device refuses (e.g. illegal data address) or does not answer
     */
    int[] read(int address, int count) throws Exception;
}
