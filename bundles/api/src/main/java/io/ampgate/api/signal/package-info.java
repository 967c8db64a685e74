/**
 * Signals from outside the site that steer charging: the grid operator's (or energy supplier's)
 * {@link io.ampgate.api.signal.GridSignal grid signal}, published by
 * {@link io.ampgate.api.signal.SignalSource} services.
 *
 * <p>Local PV production is not a signal: it comes from an {@link io.ampgate.api.meter.Meter} with
 * role {@link io.ampgate.api.meter.MeterRole#PV}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.ampgate.api.signal;
