package io.ampgate.modbus;

import io.ampgate.api.device.DeviceHealth;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A device the transport polls: its last values and its health. Closing it stops the polling.
 * A device that fails never slows down devices on other gateways.
 */
public interface ModbusDevice extends AutoCloseable {

    /** @return the settings it was opened with */
    DeviceSettings settings();

    /** @return the values of the last successful poll, or empty before the first */
    Optional<Values> lastValues();

    /**
     * @return online after a successful poll; communication error (with the last error and since
     *     when) once a whole poll failed, within one timeout and its retries
     */
    DeviceHealth health();

    /**
     * Calls the listener after every successful poll, on the transport's thread (keep it short).
     *
     * @param listener gets the values
     */
    void onValues(Consumer<Values> listener);

    /**
     * Reads every value once now, between polls.
     *
     * @return the values; fails with a {@link ModbusException}
     */
    CompletionStage<Values> readNow();

    /**
     * Writes a value (function 05, 06 or 16 as the register says; a register read with 03 is
     * written with 06 or 16), then reads it back where the device allows and fails if it differs.
     *
     * @param register the register to write
     * @param value the value, scaled as the register says
     * @param readBack whether to read the register back and compare
     * @return done when written (and confirmed); fails with a {@link ModbusException}
     */
    CompletionStage<Void> write(Register register, double value, boolean readBack);

    /** Stops polling it. */
    @Override
    void close();
}
