/**
 * A simulated Modbus TCP slave on 127.0.0.1, for driver tests, benchmarks and the demo site.
 *
 * <p>{@link io.ampgate.simulator.modbus.ModbusSlaveSimulator} listens on a port (0: a free one) and
 * answers functions 01 to 06, 15 and 16 for any number of unit ids
 * ({@link io.ampgate.simulator.modbus.SimulatedUnit}), each with its own coils, discrete inputs,
 * holding and input registers. Typed setters write a value in one line; fault modes make it stop,
 * answer late, answer with an exception code or answer garbage. It is a plain library with no
 * dependencies: it does not use the transport's Modbus library, so that it tests it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package io.ampgate.simulator.modbus;
