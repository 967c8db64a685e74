/**
 * A simulated charging site: stations that charge simulated cars over OCPP 1.6-J, and a site
 * meter, a PV inverter and a grid signal over Modbus TCP, all on 127.0.0.1.
 *
 * <p>{@link io.ampgate.simulator.site.SimulatedSite} runs it on a
 * {@link io.ampgate.simulator.site.SiteScheduler}: in real time for the demo
 * ({@link io.ampgate.simulator.site.RealTimeScheduler}), on a virtual clock for tests
 * ({@link io.ampgate.simulator.site.VirtualTime}). The physics are pure functions of time and
 * seed: the building's {@link io.ampgate.simulator.site.BaseLoad}, the
 * {@link io.ampgate.simulator.site.PvCurve} under its {@link io.ampgate.simulator.site.Clouds},
 * the cars' {@link io.ampgate.simulator.site.ArrivalPlan} and {@link io.ampgate.simulator.site.Charging},
 * the {@link io.ampgate.simulator.site.GridSignalSchedule}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package io.ampgate.simulator.site;
