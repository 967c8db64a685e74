/**
 * The allocator of the energy manager: a pure function that shares the current of a zone tree, per
 * site phase, among the connectors under it ({@link io.ampgate.ems.allocator.Allocator#allocate}).
 *
 * <p>Input: the zones ({@link io.ampgate.ems.allocator.ZoneNode}) and one
 * {@link io.ampgate.ems.allocator.Demand} per connector with a session. Output: an {@link
 * io.ampgate.ems.allocator.Allocation}, a {@link io.ampgate.ems.allocator.Setpoint} per connector
 * with the {@link io.ampgate.ems.allocator.Reason} for it and a {@link
 * io.ampgate.ems.allocator.ZoneLoad} per zone. No clock, no state, no I/O: the same input gives the
 * same output. Minimum on and off times (anti-flapping) are the control cycle's business; the cycle
 * feeds them back through {@link io.ampgate.ems.allocator.Demand#pinned()} and the waiting times.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.ems.allocator;
