/**
 * What a Modbus meter plugin needs besides its register table: the standard value names
 * ({@link io.ampgate.modbus.meter.Channels}), the installation options (CT direction, phase
 * mapping) and a {@link io.ampgate.api.meter.Meter} over a polled device.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.modbus.meter;
