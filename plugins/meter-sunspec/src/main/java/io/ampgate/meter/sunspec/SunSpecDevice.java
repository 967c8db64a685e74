package io.ampgate.meter.sunspec;

import java.util.List;
import java.util.Objects;

/**
 * What discovery found on a SunSpec device.
 *
 * @param base where the 'SunS' marker is (40000, 50000 or 0)
 * @param manufacturer common model 1 point Mn
 * @param model common model 1 point Md
 * @param serial common model 1 point SN
 * @param measurement the model the meter reads: the first 101 or 103 of the chain, else the first 701
 * @param models every model of the chain, in order, up to the end marker
 */
public record SunSpecDevice(int base, String manufacturer, String model, String serial, Model measurement,
        List<Model> models) {

    /** Copies the list. */
    public SunSpecDevice {
        Objects.requireNonNull(measurement, "measurement");
        models = List.copyOf(models);
    }

    /**
     * One model of the chain.
     *
     * @param id the model id (1 common, 101 single-phase inverter, 103 three-phase inverter, 701 DER AC
     *     measurement, ...)
     * @param start the address of its ID register
     * @param length L, the number of registers after its two-register header
     */
    public record Model(int id, int start, int length) {
    }
}
