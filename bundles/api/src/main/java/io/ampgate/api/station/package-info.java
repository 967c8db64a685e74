/**
 * Charging stations: the {@link io.ampgate.api.station.ChargingStation} service that station drivers
 * (the OCPP central system, Modbus charger plugins, simulators) register, its connectors, their
 * state and the commands the gateway sends them.
 *
 * <p>Connector numbers start at 1, as in OCPP; number 0 addresses the whole station where a command
 * says so. Currents reported by a station are in its own (connector) phase frame; see
 * {@link io.ampgate.api.unit.PhaseRotation}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.ampgate.api.station;
