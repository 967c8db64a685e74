/**
 * Energy meters: the {@link io.ampgate.api.meter.Meter} service that meter drivers (Modbus, simulated,
 * ...) register, and its readings.
 *
 * <p>Sign convention, the same for every {@link io.ampgate.api.meter.MeterRole role}: positive
 * active power (and current) flows from the grid towards the loads (import, consumption); negative
 * flows towards the grid (export, generation). A PV meter therefore reports production as negative
 * power and as export energy.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.api.meter;
