/**
 * Modbus for device drivers: a declarative register table ({@link io.ampgate.modbus.Register},
 * {@link io.ampgate.modbus.RegisterTable}), addresses as installers type them
 * ({@link io.ampgate.modbus.ModbusAddress}), and the transport service that polls devices over
 * Modbus TCP or RTU ({@link io.ampgate.modbus.ModbusGateways}). A meter plugin imports this package
 * and {@code io.ampgate.api}, nothing else.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.modbus;
