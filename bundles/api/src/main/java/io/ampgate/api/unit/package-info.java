/**
 * Electrical units and phase arithmetic shared by every Ampgate contract.
 *
 * <p>Currents are in amperes (A), powers in watts (W), energies in watt-hours (Wh), voltages in
 * volts (V). Per-phase quantities are {@link io.ampgate.api.unit.PhaseValues}; a {@code NaN} on a
 * phase means "not measured" (or, for a cap, "no cap on this phase").
 *
 * <p>Two phase frames exist and must never be mixed up: the <em>connector frame</em> (the L1, L2,
 * L3 terminals of a charging station, as the station reports its currents) and the <em>site
 * frame</em> (the phases of the site's supply, as meters and zone limits see them).
 * {@link io.ampgate.api.unit.PhaseRotation} converts between them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.api.unit;
